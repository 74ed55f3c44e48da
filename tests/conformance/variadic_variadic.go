package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(prefix string, xs ...int) {
	fmt.Println(prefix, len(xs), xs == nil, xs)
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
	xs = append(xs, 42)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	info("none")
	info("two", 1, 2)
	var ns []int
	info("nil...", ns...)
	info("empty...", []int{}...)
	s := []int{5, 6, 7}
	fmt.Println(sum(s...))
	zero(s...)
	fmt.Println(s)
	s = []int{5, 6, 7}
	zero(s[1:]...)
	fmt.Println(s)
	zero(1, 2, 3)
	t := make([]int, 2, 10)
	zero(t...)
	fmt.Println(t, t[:3])
}
