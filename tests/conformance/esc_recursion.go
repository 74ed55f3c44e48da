package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

var stash []*int
var deepest *int

func scribble(n int) int {
	var a [40]int
	for i := range a {
		a[i] = n + i*3
	}
	if n > 0 {
		return a[7] + scribble(n-1)
	}
	return a[9]
}

func down(d int, parent *int) {
	x := d * 11
	if parent != nil {
		x += *parent
	}
	if d == 2 {
		stash = append(stash, &x, parent)
	}
	if d == 0 {
		deepest = &x
		return
	}
	down(d-1, &x)
}

func find(n *Node, v int) *Node {
	if n == nil || n.v == v {
		return n
	}
	return find(n.next, v)
}

func buildRec(n int) *Node {
	if n == 0 {
		return nil
	}
	node := Node{v: n}
	node.next = buildRec(n - 1)
	return &node
}

func sumList(n *Node) int {
	if n == nil {
		return 0
	}
	return n.v + sumList(n.next)
}

// mutual recursion
func even(n int, p *int) *int {
	if n == 0 {
		return p
	}
	return odd(n-1, p)
}

func odd(n int, p *int) *int {
	x := *p + n
	if n == 0 {
		return &x
	}
	return even(n-1, &x)
}

func accumulate(d int, out *[]*int) {
	if d == 0 {
		return
	}
	v := d * d
	*out = append(*out, &v)
	accumulate(d-1, out)
}

func recClosure(d int) func() int {
	if d == 0 {
		base := 1
		return func() int { base *= 2; return base }
	}
	inner := recClosure(d - 1)
	k := d
	return func() int { return inner() + k }
}

func linkLocal(d int, prev *Node) int {
	// Each frame links to the previous one's node; nothing escapes the whole recursion.
	cur := Node{v: d, next: prev}
	if d == 0 {
		s := 0
		for p := &cur; p != nil; p = p.next {
			s = s*10 + p.v
		}
		return s
	}
	return linkLocal(d-1, &cur)
}

func main() {
	down(4, nil)
	scribble(10)
	fmt.Println(*stash[0], *stash[1], *deepest)
	l := buildRec(5)
	scribble(10)
	fmt.Println(sumList(l), find(l, 3).v, find(l, 1).next == nil)
	seed := 1
	r := even(5, &seed)
	r2 := odd(4, &seed)
	scribble(10)
	fmt.Println(*r, *r2)
	var out []*int
	accumulate(5, &out)
	scribble(10)
	for _, p := range out {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	f := recClosure(3)
	scribble(10)
	fmt.Println(f(), f(), f())
	fmt.Println(linkLocal(5, nil))
}
