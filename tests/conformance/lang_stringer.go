package main

import "fmt"

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return "other"
}

type P struct {
	X, Y int
}

func (p P) String() string { return "P!" }

type W struct {
	C Color
	c Color
}

func main() {
	fmt.Println(Color(0), Color(1), Color(7))
	fmt.Println(P{1, 2}, &P{3, 4})
	fmt.Println(W{1, 1})
	var a any = Color(1)
	fmt.Println(a)
	fmt.Println([]Color{0, 1, 2})
	fmt.Print(Color(0), "\n")
	println(Color(1))
}
