package main

import "fmt"

func main() {
	var f float64 = 1
	fmt.Println(f + 2i)
}
