package main

import "fmt"

type P struct{ x, y int }

func (p P) Sum() int          { return p.x + p.y }
func (p *P) Scale(k int)      { p.x *= k; p.y *= k }
func (p P) Add(o P) P         { return P{p.x + o.x, p.y + o.y} }

func main() {
	f := P.Sum
	g := (*P).Scale
	h := (*P).Sum
	a := P{1, 2}
	g(&a, 3)
	fmt.Println(f(a), h(&a), P.Add(a, P{10, 10}))
	fs := []func(P) int{P.Sum}
	fmt.Println(fs[0](P{5, 5}))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var np *P
	fmt.Println(h(np))
}
