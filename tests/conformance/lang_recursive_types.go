package main

import "fmt"

type Tree struct {
	name string
	kids []Tree
}

func (t Tree) Count() int {
	n := 1
	for _, k := range t.kids {
		n += k.Count()
	}
	return n
}

type Fn func(int) Fn

func counter(total *int) Fn {
	var f Fn
	f = func(x int) Fn {
		*total += x
		return f
	}
	return f
}

type Box struct{ inner any }

func depth(b Box) int {
	if n, ok := b.inner.(Box); ok {
		return 1 + depth(n)
	}
	return 0
}

func main() {
	t := Tree{"r", []Tree{{"a", nil}, {"b", []Tree{{"c", nil}, {"d", nil}}}}}
	fmt.Println(t.Count(), t.kids[1].kids[0].name, t)
	c := Tree{"copy", []Tree{{"x", nil}}}
	t.kids[1].kids = append(t.kids[1].kids, c)
	fmt.Println(t.Count(), t.kids[1].Count())
	tot := 0
	counter(&tot)(1)(2)(3)(4)
	fmt.Println(tot)
	b := Box{Box{Box{Box{7}}}}
	fmt.Println(depth(b), b)
}
