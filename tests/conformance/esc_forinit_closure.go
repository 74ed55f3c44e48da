package main

import "fmt"

func main() {
	f := func() int { return -1 }
	for i, g, h := 0, f, f; i < 3; i++ {
		fmt.Println(h())
		h = g
		g = func() int { return i }
	}
}
