package main

import "fmt"

type Node struct {
	v    int
	next *Node
	data []int
}

func main() {
	var head *Node
	total := 0
	for i := 0; i < 300000; i++ {
		n := &Node{v: i, data: make([]int, 4)}
		n.data[3] = i
		if i%1000 == 0 {
			n.next = head
			head = n
		}
		total += n.data[3] % 7
	}
	cnt := 0
	for p := head; p != nil; p = p.next {
		cnt += p.v
	}
	fmt.Println(total, cnt)
	ss := []*Node{}
	for i := 0; i < 1000; i++ {
		ss = append(ss, new(Node))
		ss[i].v = i
	}
	s := 0
	for _, p := range ss {
		s += p.v
	}
	fmt.Println(s, len(ss))
}
