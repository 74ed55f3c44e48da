package main

import "fmt"

// Struct values holding pointers (field-insensitive flows), nested fields, arrays of
// pointers, pointer chains, self-referential structs copied out.

type A struct {
	b B
	n int
}

type B struct {
	c C
	s []int
}

type C struct {
	p *int
	q **int
}

type Self struct {
	arr [4]int
	s   []int
	me  *Self
}

type Pair struct{ x, y *int }

var gA A
var gPairs []Pair
var gArr [3]*int

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*37 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[8]
}

func nested() A {
	var a A
	for i := 0; i < 3; i++ {
		x := i + 10
		p := &x
		a.b.c.p = &x
		a.b.c.q = &p
		a.n = i
	}
	return a
}

func nestedGlobal() {
	for i := 0; i < 3; i++ {
		var a A
		x := i + 20
		arr := [3]int{i, i, i}
		a.b.c.p = &x
		a.b.s = arr[:]
		if i == 1 {
			gA = a
		}
	}
}

func copyStruct() (Pair, Pair) {
	var keep Pair
	var keep2 Pair
	for i := 0; i < 3; i++ {
		x, y := i+30, i+40
		pr := Pair{&x, &y}
		cp := pr
		cp2 := cp
		if i == 1 {
			keep = cp2
		}
		if i == 2 {
			keep2 = Pair{cp.y, pr.x}
		}
	}
	return keep, keep2
}

func arrayOfPtrs() [3]*int {
	var arr [3]*int
	for i := 0; i < 3; i++ {
		x := i + 50
		arr[i] = &x
	}
	return arr
}

func arrayOfPtrsGlobal() {
	var arr [3]*int
	for i := 0; i < 3; i++ {
		x := i + 60
		arr[2-i] = &x
	}
	gArr = arr
}

func chain3() ***int {
	var r ***int
	for i := 0; i < 3; i++ {
		x := i + 70
		p := &x
		pp := &p
		ppp := &pp
		if i == 1 {
			r = ppp
		}
	}
	return r
}

func selfRef() (Self, *Self) {
	var s Self
	s.arr = [4]int{1, 2, 3, 4}
	s.s = s.arr[1:3]
	s.me = &s
	cp := s
	cp.arr[1] = 200 // the copy's array; cp.s still points at s.arr
	s.arr[2] = 300
	return cp, s.me
}

func pairsInLoop() {
	for i := 0; i < 3; i++ {
		x := i + 80
		y := i + 90
		gPairs = append(gPairs, Pair{&x, &y})
	}
}

func structOfArrays() []int {
	type Grid struct {
		cells [3][3]int
		rows  [3][]int
	}
	var keep Grid
	for k := 0; k < 2; k++ {
		var g Grid
		for i := range 3 {
			for j := range 3 {
				g.cells[i][j] = k*100 + i*3 + j
			}
			g.rows[i] = g.cells[i][:]
		}
		if k == 0 {
			keep = g
		}
	}
	scribble(4)
	keep.cells[0][0] = -1
	return []int{keep.rows[0][0], keep.rows[1][1], keep.rows[2][2], keep.cells[0][0]}
}

func ptrToField() *int {
	var r *int
	for i := 0; i < 3; i++ {
		var a A
		a.n = i + 110
		if i == 1 {
			r = &a.n
		}
	}
	return r
}

func fieldOfPtr() []int {
	var out []int
	var prev *A
	for i := 0; i < 3; i++ {
		a := &A{n: i + 120}
		x := i + 130
		a.b.c.p = &x
		if prev != nil {
			out = append(out, prev.n, *prev.b.c.p)
		}
		prev = a
	}
	return out
}

func main() {
	a := nested()
	scribble(5)
	fmt.Println("nested", *a.b.c.p, **a.b.c.q, a.n)
	nestedGlobal()
	scribble(5)
	fmt.Println("nestedGlobal", *gA.b.c.p, gA.b.s)
	k1, k2 := copyStruct()
	scribble(5)
	fmt.Println("copy", *k1.x, *k1.y, *k2.x, *k2.y)
	arr := arrayOfPtrs()
	scribble(5)
	fmt.Println("arr", *arr[0], *arr[1], *arr[2])
	arrayOfPtrsGlobal()
	scribble(5)
	fmt.Println("garr", *gArr[0], *gArr[1], *gArr[2])
	c := chain3()
	scribble(5)
	fmt.Println("chain3", ***c)
	cp, me := selfRef()
	scribble(5)
	fmt.Println("self", cp.arr, cp.s, me.arr, me.s, cp.me == me)
	pairsInLoop()
	scribble(5)
	for _, p := range gPairs {
		fmt.Print(*p.x, *p.y, " ")
	}
	fmt.Println()
	fmt.Println("soa", structOfArrays())
	p := ptrToField()
	scribble(5)
	fmt.Println("ptrToField", *p)
	fmt.Println("fieldOfPtr", fieldOfPtr())
}
