package main

import "fmt"

type T struct {
	a, b, c int
}

var trace []string

func f(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	t := T{c: f("c", 3), a: f("a", 1), b: f("b", 2)}
	fmt.Println(t, trace)
	trace = nil
	u := []T{{f("x", 1), f("y", 2), f("z", 3)}, {c: f("w", 4)}}
	fmt.Println(u, trace)
	trace = nil
	n := 0
	inc := func() int { n++; return n }
	v := T{inc(), inc(), inc()}
	fmt.Println(v)
	p := &T{b: inc(), a: inc()}
	fmt.Println(*p, n)
	ts := []T{{}, {}}
	i := 0
	ts[i].a, i = 5, 1
	fmt.Println(ts, i)
}
