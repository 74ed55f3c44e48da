package main

import "fmt"

func backLoop() {
	i := 0
again:
	defer fmt.Println("back defer", i)
	i++
	if i < 3 {
		goto again
	}
	fmt.Println("backLoop body done")
}

func beforeLabel(n int) {
	defer fmt.Println("before label, n =", n)
	i := 0
top:
	i++
	if i < n {
		goto top
	}
	fmt.Println("counted to", i)
}

func forwardOnly(x int) (s string) {
	defer func() { s = "[" + s + "]" }()
	if x > 0 {
		goto pos
	}
	defer fmt.Println("nonpositive path defer")
	s = "nonpos"
	return
pos:
	s = "pos"
	return
}

func forwardLabel(skip bool) {
	if skip {
		goto L
	}
	defer fmt.Println("not skipped")
L:
	defer fmt.Println("after forward label", skip)
	fmt.Println("forwardLabel body", skip)
}

func main() {
	backLoop()
	beforeLabel(4)
	fmt.Println(forwardOnly(1), forwardOnly(-1))
	forwardLabel(true)
	forwardLabel(false)
}
