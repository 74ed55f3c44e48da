package main

import "fmt"

func main() {
	n := 4
	fmt.Println(n)
	var a [n]int
	fmt.Println(a)
}
