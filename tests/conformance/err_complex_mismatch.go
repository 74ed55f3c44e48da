package main

import "fmt"

func main() {
	var x float32 = 1
	var y float64 = 2
	fmt.Println(complex(x, y))
}
