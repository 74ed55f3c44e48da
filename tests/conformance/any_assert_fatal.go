package main

import "fmt"

func asInt(x any) int {
	return x.(int)
}

func main() {
	fmt.Println(asInt(5))
	var v any = "five"
	fmt.Println(asInt(v))
}
