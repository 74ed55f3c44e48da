package main

import "fmt"

type Celsius int

func main() {
	var t Celsius = 20
	n := 5
	fmt.Println(t + n)
}
