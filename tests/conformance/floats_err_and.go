package main

import "fmt"

func main() {
	var a float32 = 3
	b := a * 2
	fmt.Println(a, b, a&b)
}
