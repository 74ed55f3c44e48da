package main

import "fmt"

func double(x int) int { return x * 2 }

func main() {
	ops := []func(int) int{
		double,
		func(x int) int { return x + 1 },
	}
	k := 10
	ops = append(ops, func(x int) int { return x * k })
	k = 100
	x := 3
	for _, op := range ops {
		x = op(x)
	}
	fmt.Println(x)
	fmt.Println(ops[0](ops[1](5)), len(ops))
	var acts []func()
	for i := range 3 {
		acts = append(acts, func() { println("act", i) })
	}
	for j := len(acts) - 1; j >= 0; j-- {
		acts[j]()
	}
	nilFuncs := make([]func(), 2)
	fmt.Println(nilFuncs[0] == nil, ops[2] != nil)
}
