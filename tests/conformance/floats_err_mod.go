package main

import "fmt"

func main() {
	x, y := 7.5, 2.0
	fmt.Println(x / y)
	fmt.Println(x % y)
}
