package main

import "fmt"

type Acc struct {
	total int
	hist  []int
}

func (a *Acc) Add(v int) int { a.total += v; a.hist = append(a.hist, v); return a.total }
func (a Acc) Total() int     { return a.total }
func (a *Acc) Self() *Acc    { return a }

type Saver struct{ n int }

var lastSaver *Saver

func (s *Saver) Save() { lastSaver = s }
func (s *Saver) Bump() { s.n++ }

func scribble(n int) int {
	var a [40]int
	for i := range a {
		a[i] = n + i
	}
	if n > 0 {
		return a[1] + scribble(n-1)
	}
	return a[0]
}

func boundLater() (func(int) int, func() int) {
	var a Acc
	add := a.Add
	tot := a.Total
	a.total = 1000
	add(1)
	return add, tot
}

func boundInLoop() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		a := Acc{total: i * 100}
		fs = append(fs, a.Add)
		a.total += 5
	}
	return fs
}

func selfReturn() *Acc {
	var a Acc
	a.Add(3)
	return a.Self()
}

func deferredSave() {
	var s Saver
	s.n = 42
	defer func() { s.Save() }()
	s.Bump()
}

func deferredBound() {
	var s Saver
	defer s.Save()
	s.n = 77
}

func valueMethodCopy() func() int {
	a := Acc{total: 9}
	f := a.Total
	a.total = 99
	return f
}

func boundKeepsAlive() func(int) int {
	a := &Acc{}
	return a.Add
}

func localBound() int {
	var a Acc
	f := a.Add
	for i := 1; i <= 4; i++ {
		f(i)
	}
	return a.total + len(a.hist)
}

type Num int

func (n *Num) Double() int { *n *= 2; return int(*n) }

func loopVarMethodValue() []func() int {
	var fs []func() int
	for i := Num(1); i < 4; i++ {
		fs = append(fs, i.Double)
	}
	return fs
}

func carriedMethodValue() {
	nop := func() int { return 0 }
	for i, cur, prev := 0, nop, nop; i < 4; i++ {
		a := Acc{total: i}
		fmt.Print(prev(), " ")
		prev = cur
		cur = a.Total
	}
	fmt.Println()
}

func main() {
	for _, f := range loopVarMethodValue() {
		fmt.Print(f(), f(), " ")
	}
	fmt.Println()
	carriedMethodValue()
	add, tot := boundLater()
	fs := boundInLoop()
	sr := selfReturn()
	deferredSave()
	ls1 := lastSaver
	deferredBound()
	ls2 := lastSaver
	vm := valueMethodCopy()
	bk := boundKeepsAlive()
	fmt.Println(scribble(10))
	fmt.Println(add(2), add(3), tot(), sr.total, ls1.n, ls2.n, vm(), bk(4), bk(5))
	for _, f := range fs {
		fmt.Print(f(1), " ")
	}
	for _, f := range fs {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
	fmt.Println(localBound())
}
