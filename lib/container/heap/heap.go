// Package heap is deferjit's implementation of Go's package container/heap: heap
// operations on any type that implements heap.Interface, a min-heap by Less. The calls
// of Len, Less, Swap, Push and Pop come in the same order as Go's.
package heap

import "sort"

// Interface is what the heap functions need: a sort.Interface over the elements, and
// Push and Pop that add an element at index Len() and remove the one at Len()-1.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap order over h's elements; O(n) for n elements.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x to the heap.
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the smallest element (by Less).
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns the element at index i.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if i != last {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap order after the element at index i changed its value.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves the element at j towards the root while it is less than its parent.
func siftUp(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves the element at start towards the leaves of the first n elements while
// a child is less than it, and reports whether it moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		child := 2*i + 1
		if child >= n || child < 0 { // child < 0: the index overflowed
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
