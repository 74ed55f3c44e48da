package main

import "fmt"

func counter(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		n += step
		return n
	}
	reset := func() { n = start }
	return next, reset
}

func main() {
	a, resetA := counter(0, 1)
	b, _ := counter(100, -10)
	fmt.Println(a(), a(), b(), a(), b())
	resetA()
	fmt.Println(a(), b())
	gen := func() func() int {
		c := 0
		return func() int { c++; return c * c }
	}
	sq := gen()
	sq2 := gen()
	fmt.Println(sq(), sq(), sq(), sq2())
}
