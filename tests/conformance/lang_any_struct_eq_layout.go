package main

import "fmt"

type L struct {
	a bool
	n int
	b bool
}

type M struct {
	l L
	s string
	c bool
}

func mk(a bool, n int) L {
	var l L
	l.a = a
	l.n = n
	return l
}

func main() {
	x := mk(true, 1)
	y := L{true, 1, false}
	fmt.Println(x == y, any(x) == any(y), any(x) == any(L{a: true, n: 1}))
	m1 := M{x, "s", true}
	m2 := M{l: y, s: "s", c: true}
	fmt.Println(m1 == m2, any(m1) == any(m2))
	m2.l.b = true
	fmt.Println(m1 == m2, m1 != m2, any(m1) != any(m2))
	var ai any = m1
	var bi any = M{L{true, 1, false}, "s" + "", !false}
	fmt.Println(ai == bi)
	ls := []L{}
	for i := 0; i < 3; i++ {
		ls = append(ls, L{i%2 == 0, i, i == 2})
	}
	fmt.Println(ls, ls[0] == mk(true, 0), ls[2] == L{true, 2, true})
	var e1, e2 any = L{}, M{}
	fmt.Println(e1 == e2, e1 == any(L{}))
}
