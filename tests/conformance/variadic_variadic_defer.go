package main

import "fmt"

func report(tag string, xs ...int) {
	fmt.Println("report", tag, xs)
}

func mustPositive(xs ...int) (n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r, "n =", n)
			n = -1
		}
	}()
	for i, x := range xs {
		if x < 0 {
			panic(i)
		}
		n++
	}
	return n
}

func main() {
	s := []int{1, 2}
	defer report("slice", s...)
	defer report("lit", 1, 2, 3)
	defer report("none")
	s[0] = 100
	defer func(xs ...int) {
		fmt.Println("closure", xs, len(xs))
	}(s...)
	s[1] = 200
	fmt.Println(mustPositive(1, 2, 3), mustPositive(1, -2, 3), mustPositive())
}
