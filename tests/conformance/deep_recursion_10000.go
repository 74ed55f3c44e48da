package main

import "fmt"

var ran int

func open(n int) int {
	defer func() { ran++ }()
	if n == 0 {
		panic("bottom")
	}
	return open(n-1) + 1
}

func heap(n int) int {
	for range 1 {
		defer func() { ran++ }()
	}
	if n == 0 {
		return 0
	}
	return heap(n-1) + 1
}

func top() (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return open(10000)
}

func main() {
	fmt.Println(top(), ran)
	ran = 0
	fmt.Println(heap(10000), ran)
}
