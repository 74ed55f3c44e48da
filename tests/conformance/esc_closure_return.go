package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

var gf func() int
var table = map[int]func(int) int{}

func scribble(n int) int {
	var a [40]int
	for i := range a {
		a[i] = n ^ i
	}
	if n > 0 {
		return a[3] + scribble(n-1)
	}
	return a[5]
}

func counter(start int) (func() int, func() int) {
	n := start
	m := start * 10
	incr := func() int { n++; return n }
	byVal := func() int { return m }
	return incr, byVal
}

func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func setGlobal(v int) {
	x := v
	gf = func() int { x += 2; return x }
}

func fillTable() {
	for i := 1; i <= 3; i++ {
		mult := i * 3
		table[i] = func(x int) int { return x * mult }
	}
}

func recursiveClosure(n int) func() int {
	var fact func(int) int
	fact = func(k int) int {
		if k <= 1 {
			return 1
		}
		return k * fact(k-1)
	}
	return func() int { return fact(n) }
}

func methodValue() (func() int, func() int) {
	c := Counter{5}
	inc := c.Inc
	get := c.Get
	c.n = 100
	return inc, get
}

func methodValueLoop() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		c := Counter{i * 10}
		fs = append(fs, c.Inc)
	}
	return fs
}

func ptrToFrame() func() int {
	x := 7
	p := &x
	f := func() int { *p += 1; return *p }
	f()
	return f
}

func immediate() int {
	x := 3
	p := &x
	func() { *p = 9 }()
	g := func() *int { return p }
	*g() += 1
	return x
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func nestedClosures(a int) func() func() int {
	b := a * 2
	return func() func() int {
		c := b + 1
		return func() int { b++; c++; return a + b + c }
	}
}

func closureInStruct(v int) struct{ f func() int } {
	x := v
	return struct{ f func() int }{func() int { x--; return x }}
}

func closureInIface(v int) any {
	x := v
	return func() int { return x * 3 }
}

func main() {
	inc, byVal := counter(4)
	a5 := adder(5)
	setGlobal(40)
	fillTable()
	rf := recursiveClosure(6)
	mi, mg := methodValue()
	ml := methodValueLoop()
	pf := ptrToFrame()
	h := compose(adder(1), table[2])
	nc := nestedClosures(1)
	n1 := nc()
	n2 := nc()
	cs := closureInStruct(50)
	ci := closureInIface(9)
	fmt.Println(scribble(8))
	fmt.Println(inc(), inc(), byVal(), a5(10), gf(), gf())
	fmt.Println(table[1](2), table[2](2), table[3](2), rf())
	fmt.Println(mi(), mi(), mg())
	for _, f := range ml {
		fmt.Print(f(), " ")
	}
	for _, f := range ml {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(pf(), pf(), immediate(), h(5))
	fmt.Println(n1(), n1(), n2(), n1())
	fmt.Println(cs.f(), cs.f(), ci.(func() int)())
	scribble(4)
	fmt.Println(inc(), gf(), pf(), n2())
}
