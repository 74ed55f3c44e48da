package main

import "fmt"

type G struct{ name string }

func (g G) Rec() {
	fmt.Println(g.name, "rec:", recover())
}

func (g *G) PRec() {
	fmt.Println(g.name, "prec:", recover())
}

func a() {
	g := G{"a"}
	defer g.Rec()
	panic("pa")
}

func b() {
	g := &G{"b"}
	defer func() { g.PRec() }()
	defer g.PRec()
	panic("pb")
}

func c() {
	g := G{"c"}
	m := g.Rec
	defer m()
	panic("pc")
}

func d() {
	defer func() { fmt.Println("d outer", recover()) }()
	g := G{"d"}
	defer func() { g.Rec() }()
	panic("pd")
}

func main() {
	a()
	b()
	c()
	d()
	fmt.Println("end")
}
