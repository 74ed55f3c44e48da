package main

import "fmt"

type B struct {
	parts []int
	n     int
}

func (b *B) Add(x int) *B {
	b.parts = append(b.parts, x)
	b.n++
	return b
}

func (b B) With(x int) B {
	np := []int{}
	for _, x := range b.parts {
		np = append(np, x)
	}
	b.parts = np
	b.parts = append(b.parts, x)
	return b
}

func NewB() *B { return &B{} }

func (b B) Count() int { return b.n }

func main() {
	b := NewB().Add(1).Add(2).Add(3)
	fmt.Println(b.parts, b.n, b.Count())
	c := b.With(4).With(5)
	fmt.Println(c.parts, b.parts, NewB().Count(), (*b).With(9).parts)
	var v B
	v.Add(7).Add(8)
	fmt.Println(v, v.Count())
	fmt.Println(B{n: 3}.Count(), B{n: 4}.With(1).n)
}
