package main

import "fmt"

// Element refers to List through a pointer, List holds an Element by value: declared in
// this order, Element's layout is still being worked out when List's is.
type Element struct {
	next, prev *Element
	list       *List
	Value      int
}

type List struct {
	root Element
	len  int
}

type Tree struct {
	kids  []Forest
	index map[string]Forest
	visit func(Forest) int
}

type Forest struct {
	trees [2]Tree
	name  string
}

type Shape interface{ Area() Square }

type Square struct {
	side  int
	other Shape
}

func (s Square) Area() Square { return Square{side: s.side * s.side} }

func main() {
	var l List
	l.root.next = &l.root
	l.root.prev = &l.root
	l.root.list = &l
	e := &Element{Value: 7, list: &l}
	e.next, e.prev = l.root.next, &l.root
	l.root.next = e
	l.len++
	fmt.Println(l.len, l.root.next.Value, l.root.list == &l, e.list.len)

	f := Forest{name: "f"}
	f.trees[0].kids = []Forest{{name: "inner"}}
	f.trees[1].index = map[string]Forest{"x": {name: "x"}}
	f.trees[0].visit = func(g Forest) int { return len(g.name) }
	fmt.Println(f.trees[0].kids[0].name, f.trees[1].index["x"].name, f.trees[0].visit(f))

	var s Shape = Square{side: 3}
	fmt.Println(s.Area().side)
}
