package main

import "fmt"

// Loop variables of a three-clause for loop carry their value from one iteration to the
// next (copied into the next iteration's variables), so a pointer kept in one of them can
// outlive the iteration that made it even though both are "inside" the loop.

type T struct{ v int }

func postAlloc() {
	n := 0
	for p, q := new(int), new(int); n < 4; p, q = new(int), p {
		*p = n * 10
		fmt.Println("postAlloc", n, *p, *q)
		n++
	}
}

func bodyAlloc() {
	n := 0
	for p, q := new(int), (*int)(nil); n < 4; n++ {
		q = p
		p = new(int)
		*p = *q + 10
		fmt.Println("bodyAlloc", n, *p, *q)
	}
}

func structLit() {
	for i, cur, prev := 0, (&T{-1}), (*T)(nil); i < 4; i++ {
		prev = cur
		cur = &T{i * 100}
		fmt.Println("structLit", i, cur.v, prev.v)
	}
}

func sliceLit() {
	for i, cur, prev := 0, []int{-1, -1}, []int(nil); i < 4; i++ {
		prev = cur
		cur = []int{i, i * i}
		fmt.Println("sliceLit", i, cur, prev)
	}
}

func addrOfLoopVar() {
	for i, p := 0, (*int)(nil); i < 4; i++ {
		if p != nil {
			fmt.Println("addrOfLoopVar prev", *p, "now", i)
		}
		p = &i
	}
}

func addrOfBodyVar() {
	for i, p := 0, (*int)(nil); i < 4; i++ {
		x := i * 7
		if p != nil {
			fmt.Println("addrOfBodyVar prev", *p, "now", x)
		}
		p = &x
	}
}

func closureCarry() {
	nop := func() {}
	for i, f, g := 0, nop, nop; i < 5; i++ {
		g()
		g = f
		f = func() { fmt.Println("closureCarry made in", i) }
	}
}

func closureCarryByRef() {
	nop := func() int { return -1 }
	for i, f, g := 0, nop, nop; i < 5; i++ {
		x := i
		fmt.Println("closureCarryByRef g()", g())
		g = f
		f = func() int { x++; return x * 100 }
	}
}

func rangeCarry() {
	var keep *int
	for i := range 4 {
		p := new(int)
		*p = i + 1
		if keep != nil {
			fmt.Println("rangeCarry", *keep, *p)
		}
		keep = p
	}
}

func main() {
	postAlloc()
	bodyAlloc()
	structLit()
	sliceLit()
	addrOfLoopVar()
	addrOfBodyVar()
	closureCarry()
	closureCarryByRef()
	rangeCarry()
}
