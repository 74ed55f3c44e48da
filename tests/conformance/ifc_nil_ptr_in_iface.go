package main

import "fmt"

type Node struct {
	v    int
	next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.v + n.next.Sum()
}

type Summer interface{ Sum() int }

func get(b bool) Summer {
	var p *Node
	if b {
		p = &Node{1, &Node{2, nil}}
	}
	return p
}

func main() {
	s := get(false)
	fmt.Println(s == nil)
	fmt.Println(s.Sum())
	s = get(true)
	fmt.Println(s != nil, s.Sum())
	var n *Node
	var t Summer = n
	if p, ok := t.(*Node); ok {
		fmt.Println("ptr nil?", p == nil)
	}
	var z Summer
	fmt.Println(z == nil, t == nil)
	defer func() {
		fmt.Println("r:", recover())
	}()
	fmt.Println(z.Sum())
}
