package main

import "fmt"

type L struct {
	a bool
	b int
	c bool
	d bool
	e string
	f bool
}

func flip(l *L) {
	l.a = !l.a
	l.c, l.d = l.d, l.c
	l.f = l.b > 2
}

func main() {
	l := L{a: true, b: 3, d: true, e: "x"}
	fmt.Println(l)
	flip(&l)
	fmt.Println(l)
	m := l
	m.e += "y"
	fmt.Println(l == m, l.e, m.e)
	m.e = "x"
	fmt.Println(l == m)
	ls := []L{l, m, {}}
	ls[2].b = 99
	ls[2].f = true
	for i, v := range ls {
		fmt.Println(i, v.a, v.b, v.c, v.d, v.e, v.f)
	}
	pb := &ls[0].c
	*pb = true
	fmt.Println(ls[0])
}
