package main

import "fmt"

func main() {
	var a float32 = 1.5
	var b float64 = 2.5
	fmt.Println(a+1.0, b+1)
	fmt.Println(a + b)
}
