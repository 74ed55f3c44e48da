package main

import "fmt"

func main() {
	n := 0
L:
	n++
	if n < 3 {
		goto L
	}
L:
	fmt.Println(n)
}
