package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	c := make([]string, 2)
	d := make([]bool, 3)
	e := make([]any, 2)
	f := make([]error, 1)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(len(a), len(b), len(c), len(make([]int, 0, 5)))
	for i := range a {
		a[i] = i * 10
	}
	b = append(b, 7)
	fmt.Println(a, b, len(b))
	n := 4
	g := make([]int, n)
	g[n-1] = 1
	fmt.Println(g)
	var z []int
	fmt.Println(z == nil, len(z), a != nil)
}
