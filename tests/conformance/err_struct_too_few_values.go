package main

import "fmt"

type P struct {
	x, y, z int
}

func main() {
	p := P{1, 2}
	fmt.Println(p)
}
