package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Depth(), t.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out, root.Depth())
	fmt.Println(root.Left.Right.Val, root.Right.Left.Left.Val)
	fmt.Println(*root.Left.Left.Right)
}
