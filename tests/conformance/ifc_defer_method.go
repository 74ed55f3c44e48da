package main

import "fmt"

type Greeter interface{ Greet() }

type En struct{ name string }

func (e En) Greet() { fmt.Println("hello", e.name) }

type Fr struct{ name string }

func (f *Fr) Greet() { fmt.Println("bonjour", f.name) }

func main() {
	var g Greeter = En{"a"}
	defer g.Greet()
	g = &Fr{"b"}
	defer g.Greet()
	fr := g.(*Fr)
	fr.name = "c"
	g = En{"d"}
	e := En{"e"}
	defer e.Greet()
	e.name = "f"
	var h Greeter
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer h.Greet()
	fmt.Println("end of main")
}
