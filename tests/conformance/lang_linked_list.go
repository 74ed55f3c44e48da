package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func push(h *Node, v int) *Node { return &Node{v, h} }

func rev(h *Node) *Node {
	var p *Node
	for h != nil {
		n := h.next
		h.next = p
		p = h
		h = n
	}
	return p
}

func sum(h *Node) int {
	if h == nil {
		return 0
	}
	return h.val + sum(h.next)
}

func show(h *Node) {
	for ; h != nil; h = h.next {
		fmt.Print(h.val, " ")
	}
	fmt.Println()
}

func main() {
	var h *Node
	for i := 1; i <= 6; i++ {
		h = push(h, i*i)
	}
	show(h)
	h = rev(h)
	show(h)
	fmt.Println(sum(h), h.next.next.val)
	h.next.next = h.next.next.next
	show(h)
	fmt.Println(h.next.next.next.next.next == nil)
}
