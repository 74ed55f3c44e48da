package main

import "fmt"

type T struct {
	X int
	_ func()
}

func main() {
	a, b := T{X: 1}, T{X: 1}
	fmt.Println(a.X == b.X)
	fmt.Println(a == b)
}
