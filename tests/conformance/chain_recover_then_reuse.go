package main

import "fmt"

func level(n int, at int) (depth int) {
	if n%2 == 0 {
		defer func() { depth++ }()
	} else {
		for range 1 {
			defer func() { depth += 2 }()
		}
	}
	if n == at {
		defer func() {
			if r := recover(); r != nil {
				depth = 1000
			}
		}()
	}
	if n == 0 {
		panic("zero")
	}
	return level(n-1, at)
}

func main() {
	for _, at := range []int{0, 10, 30, 59} {
		fmt.Println(at, level(60, at))
	}
}
