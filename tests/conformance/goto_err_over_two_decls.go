package main

import "fmt"

func main() {
	n := 0
	if n == 0 {
		goto L
	}
	a, b := 1, 2
	c := a + b
	fmt.Println(c)
L:
	fmt.Println("done", n)
}
