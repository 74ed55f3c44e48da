package main

import "fmt"

type P struct{ x, y int }
type N int

func classify(v any) string {
	switch v {
	case P{0, 0}:
		return "origin"
	case P{1, 1}:
		return "one"
	case N(3):
		return "n3"
	case 3:
		return "int3"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	fmt.Println(classify(P{}), classify(P{1, 1}), classify(P{1, 2}))
	fmt.Println(classify(N(3)), classify(3), classify(nil), classify("x"))
	p := P{2, 3}
	switch p {
	case P{2, 3}:
		fmt.Println("match")
		fallthrough
	case P{}:
		fmt.Println("fell")
	default:
		fmt.Println("def")
	}
	switch {
	case p.x > 1 && p.y > 2:
		fmt.Println("cond")
	}
}
