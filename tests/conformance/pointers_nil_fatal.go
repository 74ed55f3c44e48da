package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func sum(n *Node) int {
	total := 0
	for {
		total += n.val
		if n.next == nil {
			return total
		}
		n = n.next
	}
}

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println("sum:", sum(list))
	defer fmt.Println("deferred runs before crash")
	var empty *Node
	fmt.Println("sum of nil:")
	fmt.Println(sum(empty))
}
