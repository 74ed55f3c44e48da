package main

import "fmt"

type A struct{ a, b, c, d, e, f, g, h int }
type B struct{ a, b, c, d, e, f, g, h A }
type C struct{ a, b, c, d, e, f, g, h B }
type D struct{ a, b, c, d, e, f, g, h C }
type E struct{ a, b, c, d, e, f, g, h D }

func main() {
	p := new(E)
	p.h.h.h.h.h = 5
	p.a.b.c.d.e = 6
	fmt.Println(p.h.h.h.h.h+p.a.b.c.d.e, p.h.h.h.h == A{h: 5})
	defer func() {
		fmt.Println("rec", recover())
		var q *E
		fmt.Println(q.h.h.h.h.h)
	}()
	var q *E
	q.h.h.h.g.a = 1
}
