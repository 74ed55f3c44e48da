package main

import "fmt"

type Box struct {
	name string
	n    int
}

func (b Box) ShowVal()  { fmt.Println("value receiver:", b.name, b.n) }
func (b *Box) ShowPtr() { fmt.Println("pointer receiver:", b.name, b.n) }
func (b Box) Arg(k int) { fmt.Println("value receiver with arg:", b.n, k) }

type Num int

func (n Num) Print()   { fmt.Println("Num value:", n) }
func (n *Num) PrintP() { fmt.Println("Num pointer:", *n) }

func main() {
	b := Box{"b", 1}
	defer b.ShowVal()
	defer b.ShowPtr()
	defer b.Arg(b.n * 10)
	p := &b
	defer p.ShowVal()
	defer p.ShowPtr()
	b.n = 2
	b.name = "changed"
	p = &Box{"other", 99}
	defer p.ShowPtr()
	p.n = 100
	var n Num = 1
	defer n.Print()
	defer n.PrintP()
	n = 2
	for i := 0; i < 2; i++ {
		x := Box{"loop", i}
		defer x.ShowPtr()
		x.n += 10
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	bs := []Box{{"s0", 0}}
	defer bs[0].ShowVal()
	defer bs[0].ShowPtr()
	bs[0].n = 5
	panic("stop")
}
