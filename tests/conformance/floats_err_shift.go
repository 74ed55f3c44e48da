package main

import "fmt"

func main() {
	f := 2.0
	n := 3
	fmt.Println(f * 8)
	fmt.Println(f << n)
}
