package main

import "fmt"

type Box struct {
	tag string
	v   any
}

func compare(a, b Box) (eq bool, msg any) {
	defer func() {
		if r := recover(); r != nil {
			msg = r
		}
	}()
	eq = a == b
	return eq, "ok"
}

func main() {
	fmt.Println(compare(Box{"a", 1}, Box{"a", 1}))
	fmt.Println(compare(Box{"a", []int{1}}, Box{"a", 1}))
	fmt.Println(compare(Box{"a", []int{1}}, Box{"b", []int{1}}))
	defer func() {
		r := recover()
		fmt.Println("recovered in main:", r)
	}()
	x := Box{"same", []int{1, 2}}
	y := Box{"same", []int{1, 2}}
	fmt.Println("comparing...")
	fmt.Println(x == y)
	fmt.Println("not reached")
}
