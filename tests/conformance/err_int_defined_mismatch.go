package main

import "fmt"

type T uint8

func main() {
	var t T = 1
	var b byte = 2
	fmt.Println(t == b)
}
