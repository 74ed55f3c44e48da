package main

import "fmt"

type T struct{ a, b int }
type U struct {
	t    T
	s    string
	flag bool
}

func swapped(r T) (out T) {
	out = r
	out = T{out.b, out.a}
	return T{b: out.a + 100, a: out.b}
}

func main() {
	x := T{1, 2}
	x = T{b: x.a, a: x.b}
	fmt.Println(x)
	p := &x
	*p = T{p.b * 10, p.a * 10}
	fmt.Println(x)
	s := []T{{5, 6}, {7, 8}}
	s[0] = T{s[0].b, s[1].a}
	s[1] = T{s[0].a, s[0].b}
	fmt.Println(s)
	u := U{T{1, 2}, "u", true}
	u = U{T{u.t.b, u.t.a}, u.s + "!", !u.flag}
	fmt.Println(u)
	u.t = T{u.t.b, u.t.a}
	fmt.Println(u, swapped(u.t))
	a, b := T{1, 1}, T{2, 2}
	a, b = b, a
	fmt.Println(a, b)
	q, r := &a, &a
	*q, *r = *r, T{9, 9}
	fmt.Println(a)
	y := T{3, 4}
	y = func() T { y.a = 100; return T{y.b, y.a} }()
	fmt.Println(y)
}
