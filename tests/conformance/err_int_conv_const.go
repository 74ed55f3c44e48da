package main

import "fmt"

func main() {
	x := int8(128)
	fmt.Println(x)
}
