package main

import "fmt"

const (
	a = iota
	b
	c
	_
	e
)

const (
	k1 = 1 << iota
	k2
	k3
	k4 = iota * 10
	k5
)

func main() {
	fmt.Println(a, b, c, e)
	fmt.Println(k1, k2, k3, k4, k5)
}
