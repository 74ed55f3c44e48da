package main

import "fmt"

type In struct{ g int }
type Out struct {
	f  In
	p  *In
	xs []int
}

func main() {
	x := 5
	p := &x
	*p++
	*p += 10
	*p--
	fmt.Println(x)
	o := Out{p: &In{1}, xs: []int{1, 2}}
	o.f.g++
	o.f.g += 3
	o.p.g++
	o.p.g *= 7
	o.xs[1]++
	fmt.Println(o.f, *o.p, o.xs)
	q := &o.f.g
	*q -= 100
	r := &o.f
	r.g++
	fmt.Println(o.f.g, *q)
	po := &o
	po.f.g = 1
	po.p.g = 2
	(*po).xs[0] = 42
	fmt.Println(o.f, *o.p, o.xs)
	pp := &p
	**pp = 77
	fmt.Println(x, *p == 77)
}
