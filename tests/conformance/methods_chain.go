package main

import "fmt"

type Builder struct {
	parts []string
	count int
}

func (b *Builder) Add(s string) *Builder {
	b.parts = append(b.parts, s)
	b.count++
	return b
}

func (b Builder) With(s string) Builder {
	b.parts = append(b.parts, s)
	b.count++
	return b
}

func (b Builder) Join() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += "-"
		}
		out += p
	}
	return out
}

type Node struct {
	val  int
	next *Node
}

func (n *Node) Push(v int) *Node { return &Node{v, n} }

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.next.Sum()
}

func (n *Node) Nth(i int) int {
	if i == 0 {
		return n.val
	}
	return n.next.Nth(i - 1)
}

func main() {
	var b Builder
	b.Add("a").Add("b").Add("c")
	fmt.Println(b.Join(), b.count)
	v := Builder{}.With("x").With("y")
	fmt.Println(v.Join(), v.count)
	w := b.With("d")
	fmt.Println(b.Join(), w.Join())
	var list *Node
	list = list.Push(1).Push(2).Push(3)
	fmt.Println(list.Sum(), list.Nth(0), list.Nth(2))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println("sum still:", list.Sum())
	}()
	fmt.Println(list.Nth(5))
}
