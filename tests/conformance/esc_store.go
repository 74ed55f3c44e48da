package main

import "fmt"

type Node struct {
	v    int
	next *Node
	p    *int
}

var global *int
var globalNode *Node
var globalSlice []*int
var globalArr [3]*int

type Holder struct {
	ps []*int
	m  map[string]*int
	n  *Node
}

func scribble(n int) int {
	var a [48]int
	for i := range a {
		a[i] = -n - i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	if n > 0 {
		s += scribble(n - 1)
	}
	return s
}

func toGlobal(v int) {
	x := v
	global = &x
}

func toGlobalNode(v int) {
	n := Node{v: v}
	globalNode = &n
}

func toGlobalArr(i, v int) {
	x := v
	globalArr[i] = &x
}

func toMap(m map[int]*int, k, v int) {
	x := v
	m[k] = &x
}

func toSlice(s []*int, i, v int) {
	x := v
	s[i] = &x
}

func toAppend(v int) {
	x := v
	globalSlice = append(globalSlice, &x)
}

func toField(h *Holder, v int) {
	x := v
	h.ps = append(h.ps, &x)
	y := v + 1
	h.m["k"] = &y
	n := &Node{v: v + 2}
	h.n = n
}

func toPP(pp **int, v int) {
	x := v
	*pp = &x
}

func toPPP(ppp ***int, v int) {
	x := v
	p := &x
	*ppp = &p
}

func toHeapNode(n *Node, v int) {
	x := v
	n.p = &x
	n.next = &Node{v: v * 2}
}

func toLocalThenGlobal(v int) {
	x := v
	p := &x
	q := p
	var arr [2]*int
	arr[1] = q
	s := struct{ a [2]*int }{arr}
	global = s.a[1]
}

func copyPtrs(v int) []*int {
	a, b := v, v+1
	src := []*int{&a, &b}
	dst := make([]*int, 2)
	copy(dst, src)
	return dst
}

func copyArr(v int, dst []*int) {
	a, b := v, v*2
	src := [2]*int{&a, &b}
	copy(dst, src[:])
}

func mapOfSlices(v int) map[int][]int {
	m := map[int][]int{}
	for i := 0; i < 3; i++ {
		m[i] = []int{v, i}
	}
	return m
}

func main() {
	toGlobal(1)
	toGlobalNode(2)
	toGlobalArr(0, 30)
	toGlobalArr(2, 32)
	m := map[int]*int{}
	toMap(m, 1, 41)
	toMap(m, 2, 42)
	s := make([]*int, 2)
	toSlice(s, 0, 50)
	toSlice(s, 1, 51)
	toAppend(60)
	toAppend(61)
	h := &Holder{m: map[string]*int{}}
	toField(h, 70)
	var p *int
	toPP(&p, 80)
	var pp **int
	toPPP(&pp, 90)
	n := &Node{}
	toHeapNode(n, 100)
	scribble(6)
	fmt.Println(*global, globalNode.v, *globalArr[0], *globalArr[2], *m[1], *m[2], *s[0], *s[1])
	fmt.Println(*globalSlice[0], *globalSlice[1], *h.ps[0], *h.m["k"], h.n.v, *p, **pp, *n.p, n.next.v)
	toLocalThenGlobal(110)
	d := copyPtrs(120)
	dst := make([]*int, 2)
	copyArr(130, dst)
	mm := mapOfSlices(140)
	scribble(6)
	fmt.Println(*global, *d[0], *d[1], *dst[0], *dst[1], mm[0], mm[1], mm[2])
	// several values through the same function stay distinct
	for i := 0; i < 4; i++ {
		toAppend(i * 11)
	}
	scribble(3)
	for _, q := range globalSlice {
		fmt.Print(*q, " ")
	}
	fmt.Println()
}
