package main

import "fmt"

func main() {
	n := 0
	if n == 0 {
		goto L
	}
	x := 1
	fmt.Println(x)
L:
	fmt.Println("done", n)
}
