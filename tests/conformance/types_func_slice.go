package main

import "fmt"

type F func(int) int
type L []int
type Pred func(int) bool

func apply(f F, xs L) L {
	out := L{}
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, p Pred) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func compose(f, g F) F {
	return func(x int) int { return g(f(x)) }
}

func main() {
	double := F(func(x int) int { return x * 2 })
	inc := func(x int) int { return x + 1 }
	var g F = inc
	fmt.Println(double(5), g(5), compose(double, inc)(5), compose(inc, double)(5))
	xs := L{1, 2, 3}
	ys := apply(double, xs)
	fmt.Println(xs, ys, len(ys))
	plain := []int(ys)
	plain[0] = 100
	fmt.Println("aliased:", ys[0], plain)
	var zs L = []int{4, 5, 6}
	fmt.Println(filter(zs, func(x int) bool { return x%2 == 0 }))
	var nilF F
	fmt.Println("nil func:", nilF == nil, g != nil)
	var empty L
	fmt.Println("nil slice:", empty == nil, len(empty), empty)
	empty = append(empty, 9)
	fmt.Println(empty)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	nilF(1)
}
