package main

import "fmt"

type A int
type B int

func (a A) M() int { return int(a) }
func (b B) M() int { return int(b) * 10 }

type P struct{ x int }

func (p *P) M() int { return p.x }

type I interface{ M() int }

func main() {
	var x, y I = A(1), B(1)
	fmt.Println(x == y, x.M(), y.M())
	y = A(1)
	fmt.Println(x == y)
	p := &P{3}
	var u, w I = p, p
	fmt.Println(u == w)
	w = &P{3}
	fmt.Println(u == w)
	var e1, e2 any = A(2), 2
	fmt.Println(e1 == e2)
	e2 = A(2)
	fmt.Println(e1 == e2)
	var n I
	fmt.Println(n == x, n == nil)
	var np *P
	n = np
	fmt.Println(n == nil, n == I((*P)(nil)))
	var a any = x
	fmt.Println(a == x)
}
