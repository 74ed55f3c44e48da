package main

import "fmt"

func main() {
	var f float64 = 1 + 2i
	fmt.Println(f)
}
