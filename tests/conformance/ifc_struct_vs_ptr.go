package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type C struct{ n int }

func (c *C) Inc()     { c.n++ }
func (c *C) Get() int { return c.n }

type V struct{ n int }

func (v V) Get() int { return v.n }

type Getter interface{ Get() int }

func main() {
	c := C{}
	var i Counter = &c
	i.Inc()
	i.Inc()
	fmt.Println(c.n, i.Get())
	v := V{5}
	var g Getter = v
	v.n = 9
	fmt.Println(g.Get(), v.n)
	var g2 Getter = &v
	v.n = 11
	fmt.Println(g2.Get())
	g = i
	fmt.Println(g.Get())
	x, ok := g.(Counter)
	fmt.Println(ok)
	x.Inc()
	fmt.Println(c.n)
	_, ok = g2.(Counter)
	fmt.Println(ok)
	_, ok = g2.(*V)
	fmt.Println(ok)
	_, ok = g2.(V)
	fmt.Println(ok)
}
