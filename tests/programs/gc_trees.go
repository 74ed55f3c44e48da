package main

import "fmt"

// Node is a binary tree node whose payload is checked after the collector ran.
type Node struct {
	left, right *Node
	val         int
	label       string
}

func bottomUp(depth, v int) *Node {
	if depth <= 0 {
		return &Node{val: v}
	}
	return &Node{left: bottomUp(depth-1, 2*v-1), right: bottomUp(depth-1, 2*v), val: v}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() - n.right.sum()
}

func labelled(depth, v int) *Node {
	n := &Node{val: v, label: fmt.Sprintf("n%d", v)}
	if depth > 0 {
		n.left = labelled(depth-1, v*3+1)
		n.right = labelled(depth-1, v*3+2)
	}
	return n
}

func labelSum(n *Node) int {
	if n == nil {
		return 0
	}
	s := 0
	for i := 0; i < len(n.label); i++ {
		s = s*31 + int(n.label[i])
		s &= 0xffffff
	}
	want := fmt.Sprintf("n%d", n.val)
	if want != n.label {
		panic("label corrupted: " + n.label + " != " + want)
	}
	return (s + labelSum(n.left)*7 + labelSum(n.right)*13) & 0xffffff
}

var kept [16]*Node

func main() {
	const minDepth = 4
	const maxDepth = 14

	stretch := bottomUp(maxDepth+1, 1)
	fmt.Printf("stretch tree of depth %d\t check: %d sum: %d\n", maxDepth+1, stretch.check(), stretch.sum())
	stretch = nil

	longLived := bottomUp(maxDepth, 1)
	longLabelled := labelled(8, 1)
	lwant := labelSum(longLabelled)
	fmt.Printf("labelled tree sum %d\n", lwant)

	total := 0
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		sum := 0
		for i := 1; i <= iterations; i++ {
			t := bottomUp(depth, i)
			check += t.check()
			sum += t.sum()
			if i%97 == 0 {
				kept[(i/97)%len(kept)] = t
			}
		}
		total += check
		fmt.Printf("%d\t trees of depth %d\t check: %d sum: %d\n", iterations, depth, check, sum)
		ks := 0
		for j, k := range kept {
			if k != nil {
				ks += k.check()*(j+1) + k.sum()
			}
		}
		fmt.Printf("  kept trees checksum after depth %d: %d\n", depth, ks)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d sum: %d\n", maxDepth, longLived.check(), longLived.sum())
	fmt.Printf("labelled tree sum again %d (same: %v)\n", labelSum(longLabelled), labelSum(longLabelled) == lwant)

	// Rebuild and drop labelled trees, each one checked, while the long-lived ones stay.
	for round := 0; round < 30; round++ {
		t := labelled(7, round)
		if round%10 == 0 {
			fmt.Printf("round %d labelled sum %d\n", round, labelSum(t))
		} else {
			labelSum(t)
		}
	}
	fmt.Printf("long lived again: check %d sum %d total %d\n", longLived.check(), longLived.sum(), total)
	fmt.Printf("labelled tree sum final %v\n", labelSum(longLabelled) == lwant)
}
