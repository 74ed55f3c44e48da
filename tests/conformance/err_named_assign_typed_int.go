package main

import "fmt"

type Celsius int

func main() {
	var t Celsius = 20
	t = 30
	n := 5
	t = n
	fmt.Println(t)
}
