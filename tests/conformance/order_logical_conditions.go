package main

import "fmt"

var n int

func g(r bool) bool { n++; return r }

func main() {
	if g(true) && g(false) || g(true) {
		fmt.Println("if", n)
	}
	switch {
	case g(false) && g(true):
		fmt.Println("no")
	case g(true) || g(true):
		fmt.Println("case", n)
	}
	b := !(g(true) && g(true))
	for i := 0; i < 3 && !b; i++ {
		b = g(true) && i > 0
	}
	x := g(true) && g(true)
	defer fmt.Println(x && g(true), n)
	go_ := func() bool { return g(false) || g(true) }()
	fmt.Println(b, x, go_, n)
	var arr [3]int
	idx := 0
	arr[idx] = map[bool]int{true: 1}[g(true) && g(true)]
	fmt.Println(arr, n)
	if v := g(true); v && g(true) {
		fmt.Println("init", n)
	}
	for g(false) && g(true) {
	}
	fmt.Println(n)
}
