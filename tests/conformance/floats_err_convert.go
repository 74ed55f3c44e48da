package main

import "fmt"

func main() {
	f := 1.5
	fmt.Println(int(f), int(2.0))
	fmt.Println(int(1.5))
}
