package main

import "fmt"

type T struct{ n int }

func (t T) Get() int  { return t.n }
func (t *T) Set(v int) { t.n = v }
func (T) Kind() string { return "T" }
func (_ *T) PK() string { return "*T" }

type A = T
type PA = *T

func main() {
	var a A
	a.Set(4)
	fmt.Println(a.Get(), a.Kind(), a.PK(), a)
	var p PA = &a
	p.Set(9)
	fmt.Println(a, p.Get(), p)
	var x any = a
	t, ok := x.(T)
	fmt.Println(t, ok)
	_, ok = x.(*T)
	fmt.Println(ok)
	var y any = p
	pt, ok := y.(*T)
	pt.Set(11)
	fmt.Println(ok, a.n)
	set := p.Set
	kind := a.Kind
	set(12)
	fmt.Println(a.Get(), kind())
}
