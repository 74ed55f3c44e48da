package main

import "fmt"

type Big struct {
	a, b, c, d, e int
	s1, s2        string
	f, g          bool
	xs            []int
	h, i, j       int
}

func mk(n int) Big {
	return Big{n, n + 1, n + 2, n + 3, n + 4, "s", "t", true, false, []int{n}, 7, 8, 9}
}

func twice(b Big) Big {
	b.a *= 2
	b.j *= 2
	b.s1 += b.s2
	b.xs = append(b.xs, b.a)
	return b
}

func (b Big) Sum() int { return b.a + b.b + b.c + b.d + b.e + b.h + b.i + b.j }

func main() {
	b := mk(1)
	c := twice(b)
	fmt.Println(b)
	fmt.Println(c)
	fmt.Println(b.Sum(), c.Sum(), twice(twice(c)).Sum())
	bs := []Big{b, c}
	bs[0] = twice(bs[1])
	fmt.Println(bs[0].a, bs[0].s1, bs[0].xs)
	defer func(x Big) { fmt.Println("deferred", x.j, x.s1) }(twice(b))
	f := func() Big { return mk(5) }
	fmt.Println(f().Sum(), mk(2).e)
}
