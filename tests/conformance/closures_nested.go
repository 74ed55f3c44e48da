package main

import "fmt"

func adder(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int {
			a++
			return a + b + c
		}
	}
}

func main() {
	f := adder(1)
	g := f(10)
	fmt.Println(g(100), g(100), f(20)(200))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(15))
	apply := func(fn func(int) int, v int) int { return fn(fn(v)) }
	fmt.Println(apply(func(x int) int { return x * 3 }, 2))
	x := 0
	func() {
		x = 5
		func() { x *= 2 }()
	}()
	fmt.Println(x)
}
