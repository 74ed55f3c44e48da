package main

import "fmt"

type T struct {
	a, b int
}

func (t *T) Sum() int { return t.a + t.b }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r)
	}()
	f()
}

func main() {
	var p *T
	try("field", func() { fmt.Println(p.b) })
	try("method", func() { fmt.Println(p.Sum()) })
	try("store", func() { p.a = 1 })
	try("deref", func() { v := *p; fmt.Println(v) })
	var ip *int
	try("int", func() { *ip++ })
	q := &T{1, 2}
	try("ok", func() { fmt.Println(q.Sum()) })
	p.Sum()
}
