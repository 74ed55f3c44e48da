package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Counter struct{ n int }

func (c *Counter) Area() int { c.n++; return c.n }

func main() {
	var sh Shape = Sq{3}
	f := sh.Area
	sh = Sq{10}
	fmt.Println(f(), sh.Area())
	c := &Counter{}
	var s2 Shape = c
	g := s2.Area
	g()
	g()
	fmt.Println(c.n, g())
	fs := []func() int{f, g}
	fmt.Println(len(fs), fs[0]())
	defer func() { fmt.Println("recovered:", recover()) }()
	var nilShape Shape
	h := nilShape.Area
	fmt.Println("not reached", h)
}
