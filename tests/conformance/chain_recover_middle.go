package main

import "fmt"

var log []string
var ran int
var caughtAt, ranAtCatch int

func openF(n int) {
	defer func() { ran++ }()
	next(n)
}

func stackF(n int) {
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	next(n)
}

func heapF(n int) {
	for range 2 {
		defer func() { ran++ }()
	}
	next(n)
}

func catcher(n int) {
	defer func() {
		if r := recover(); r != nil {
			log = append(log, "caught: "+r.(string))
			caughtAt, ranAtCatch = n, ran
		}
	}()
	next(n)
}

func next(n int) {
	if n == 0 {
		panic("bottom of the chain")
	}
	switch n % 4 {
	case 0:
		openF(n - 1)
	case 1:
		stackF(n - 1)
	case 2:
		heapF(n - 1)
	default:
		if n == 27 {
			catcher(n - 1)
		} else {
			openF(n - 1)
		}
	}
}

func main() {
	next(60)
	fmt.Println(log, caughtAt, ranAtCatch)
	fmt.Println("defers run:", ran)
}
