package main

import "fmt"

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type base struct {
	Origin P
	label  string
	hidden P
}

type Outer struct {
	base
	W int
}

type Direct struct {
	Origin P
	hidden P
}

type Pub struct{ Origin P }
type Embed2 struct {
	Pub
	N int
}

func main() {
	fmt.Println(Direct{P{1, 2}, P{3, 4}})
	fmt.Println(Outer{base{P{1, 2}, "l", P{3, 4}}, 5})
	fmt.Println(Embed2{Pub{P{7, 8}}, 9})
	fmt.Printf("%+v\n", Outer{base{P{1, 2}, "l", P{3, 4}}, 5})
}
