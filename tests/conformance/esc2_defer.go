package main

import "fmt"

// Defers and panics around frame-allocated values.

type R struct {
	id  int
	log *[]int
}

func (r *R) Close()    { *r.log = append(*r.log, r.id) }
func (r R) CloseVal() { *r.log = append(*r.log, -r.id) }

var leaked *int
var leakedF func() int

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*31 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[7]
}

func show(ps ...*int) {
	scribble(6)
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

func deferLoopAlloc() {
	for i := 0; i < 3; i++ {
		n := new(int)
		*n = i * 5
		defer func() { scribble(3); fmt.Print("dla ", *n, "; ") }()
	}
	defer fmt.Println()
}

func deferAfterLoop() {
	var ps [3]*int
	var qs []*[2]int
	for i := 0; i < 3; i++ {
		x := i + 10
		ps[i] = &x
		arr := [2]int{i, i * i}
		qs = append(qs, &arr)
	}
	defer func() {
		scribble(5)
		fmt.Println("afterLoop", *ps[0], *ps[1], *ps[2], *qs[0], *qs[2])
	}()
	x := 99
	_ = &x
}

func deferVariadic() {
	for i := 0; i < 2; i++ {
		a, b := i+20, i+30
		defer show(&a, &b)
	}
	c := 40
	defer show(&c, &c)
	c++
}

func deferLeaks() {
	for i := 0; i < 3; i++ {
		y := i + 50
		defer func() {
			if leaked == nil {
				leaked = &y
			}
		}()
	}
}

func deferLeaksClosure() {
	z := 60
	defer func() {
		leakedF = func() int { z++; return z }
	}()
	z = 61
}

func namedFromPanic() (res *int, n int) {
	x := 70
	defer func() {
		if r := recover(); r != nil {
			y := r.(int) + x
			res = &y
			n = *res
		}
	}()
	x = 71
	panic(5)
}

func namedFromPanicLoop() (res []*int) {
	defer func() {
		recover()
		for i := 0; i < 3; i++ {
			v := i + 80
			res = append(res, &v)
		}
	}()
	var p *int
	_ = *p
	return nil
}

func frameClosurePanic() (out int) {
	a := 90
	g := func() {
		scribble(10)
		out = a + 1
	}
	defer func() { recover() }()
	defer g()
	a = 91
	panic("boom")
}

func methodDeferPanic() (log []int) {
	defer func() { recover() }()
	for i := 1; i <= 3; i++ {
		r := R{i, &log}
		defer r.Close()
		defer r.CloseVal()
	}
	rr := R{100, &log}
	defer rr.Close()
	rr.id = 101
	var m map[string]int
	m["x"] = 1
	return
}

func deferPtrToLocalPanic() {
	defer func() {
		r := recover()
		p := r.(*[4]int)
		scribble(10)
		fmt.Println("ptrPanic", *p)
	}()
	inner := func() {
		arr := [4]int{1, 2, 3, 4}
		defer func() { arr[3] = 44 }()
		panic(&arr)
	}
	inner()
}

func deferInClosureLoop() []int {
	var out []int
	for i := 0; i < 3; i++ {
		func() {
			p := &[2]int{i, i * 10}
			defer func() { out = append(out, p[0]+p[1]) }()
			p[1]++
		}()
	}
	return out
}

func main() {
	deferLoopAlloc()
	deferAfterLoop()
	deferVariadic()
	deferLeaks()
	scribble(5)
	fmt.Println("leaked", *leaked)
	deferLeaksClosure()
	scribble(5)
	fmt.Println("leakedF", leakedF(), leakedF())
	r, n := namedFromPanic()
	scribble(5)
	fmt.Println("named", *r, n)
	rs := namedFromPanicLoop()
	scribble(5)
	fmt.Println("namedLoop", *rs[0], *rs[1], *rs[2])
	fmt.Println("frameClosure", frameClosurePanic())
	fmt.Println("method", methodDeferPanic())
	deferPtrToLocalPanic()
	fmt.Println("inClosure", deferInClosureLoop())
}
