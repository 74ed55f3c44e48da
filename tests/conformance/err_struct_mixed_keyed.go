package main

import "fmt"

type P struct {
	x, y int
}

func main() {
	p := P{x: 1, 2}
	fmt.Println(p)
}
