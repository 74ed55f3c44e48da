package main

import "fmt"

type Box struct {
	n    int
	tags []string
}

func (b Box) Get() int { return b.n }

type Getter interface{ Get() int }

func main() {
	b := Box{1, []string{"a"}}
	var g Getter = b
	b.n = 2
	b.tags[0] = "z"
	fmt.Println(g.Get(), b.n)
	c := g.(Box)
	c.n = 10
	fmt.Println(g.Get(), c.n, c.tags[0])
	var a any = g
	d := a.(Box)
	d.tags = append(d.tags, "q")
	fmt.Println(len(d.tags), len(g.(Box).tags))
	gs := []Getter{b, &b, Box{3, nil}}
	b.n = 7
	for _, x := range gs {
		fmt.Print(x.Get(), " ")
	}
	fmt.Println()
	f := func() Getter { return b }
	h := f()
	b.n = 8
	fmt.Println(h.Get())
	fmt.Println(g.(Box), c)
}
