package main

import "fmt"

type Acc struct {
	vals []int
}

func (a *Acc) Add(xs ...int) *Acc {
	a.vals = append(a.vals, xs...)
	return a
}

func (a Acc) Sum(extra ...int) int {
	t := 0
	for _, v := range a.vals {
		t += v
	}
	for _, v := range extra {
		t += v
	}
	return t
}

type Logger interface {
	Log(args ...any)
}

type L struct{ prefix string }

func (l L) Log(args ...any) {
	fmt.Println(l.prefix, len(args), args)
}

func each(f func(...int) *Acc, xs ...int) {
	for _, x := range xs {
		f(x, x)
	}
}

func main() {
	a := &Acc{}
	a.Add(1).Add().Add(2, 3)
	fmt.Println(a.vals, a.Sum(), a.Sum(10, 20))
	f := a.Add
	f(4)
	each(a.Add, 7, 8)
	fmt.Println(a.vals)
	g := (*Acc).Add
	g(a, 100)
	h := Acc.Sum
	fmt.Println(h(*a, 1), h(*a))
	var l Logger = L{">"}
	l.Log()
	l.Log(1, "two", nil)
	args := []any{3, 4}
	l.Log(args...)
	l.Log(args)
	fmt.Println(args...)
	fmt.Println()
}
