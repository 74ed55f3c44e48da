package main

import "fmt"

func main() {
	var a complex64 = 1
	var b complex128 = 2
	fmt.Println(a == b)
}
