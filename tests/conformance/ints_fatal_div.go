package main

import "fmt"

func div(a, b uint16) uint16 {
	defer fmt.Println("div deferred", a, b)
	return a / b
}

func main() {
	fmt.Println(div(65535, 255))
	fmt.Println(div(1, 0))
}
