package main

import "fmt"

func hello() { fmt.Println("hello") }

func main() {
	var f func()
	fmt.Println(f == nil, f != nil)
	if f == nil {
		f = hello
	}
	f()
	var g func(int) int
	choose := func(b bool) func(int) int {
		if b {
			return func(x int) int { return -x }
		}
		return nil
	}
	g = choose(true)
	fmt.Println(g != nil, g(5))
	g = choose(false)
	fmt.Println(g == nil)
	hs := []func(){nil, hello}
	for i, h := range hs {
		if h != nil {
			h()
		} else {
			fmt.Println("skip", i)
		}
	}
}
