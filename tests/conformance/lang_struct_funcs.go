package main

import "fmt"

type Op struct {
	name string
	fn   func(int, int) int
	next *Op
}

func (o Op) Apply(a, b int) int {
	if o.fn == nil {
		return -1
	}
	return o.fn(a, b)
}

func main() {
	k := 3
	ops := []Op{
		{"add", func(a, b int) int { return a + b }, nil},
		{"mulk", func(a, b int) int { return a * b * k }, nil},
		{name: "none"},
	}
	ops[0].next = &ops[1]
	ops[1].next = &ops[2]
	k = 10
	for o := &ops[0]; o != nil; o = o.next {
		fmt.Println(o.name, o.Apply(2, 3), o.fn == nil)
	}
	ops[2].fn = ops[0].fn
	fmt.Println(ops[0].next.next.Apply(4, 4))
	ap := ops[1].Apply
	ops[1].fn = nil
	fmt.Println(ap(1, 1), ops[1].Apply(1, 1))
}
