package main

import "fmt"

type N struct {
	v    int
	next *N
}

func insertSorted(head **N, v int) {
	p := head
	for *p != nil && (*p).v < v {
		p = &(*p).next
	}
	*p = &N{v, *p}
}

func remove(head **N, v int) bool {
	for p := head; *p != nil; p = &(*p).next {
		if (*p).v == v {
			*p = (*p).next
			return true
		}
	}
	return false
}

func dump(h *N) []int {
	var r []int
	for ; h != nil; h = h.next {
		r = append(r, h.v)
	}
	return r
}

func main() {
	var h *N
	for _, v := range []int{5, 1, 9, 3, 7, 3} {
		insertSorted(&h, v)
	}
	fmt.Println(dump(h))
	fmt.Println(remove(&h, 1), remove(&h, 9), remove(&h, 4))
	fmt.Println(dump(h))
	pp := &h.next
	(*pp).v = 42
	fmt.Println(dump(h), h.next.v)
}
