package main

import "fmt"

type T struct {
	a int
	s []int
}

func (t *T) Safe() string {
	if t == nil {
		return "nil receiver handled"
	}
	return "non-nil"
}

func (t T) Val() int { return t.a }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "->", r)
	}()
	f()
}

func main() {
	var p *T
	var ip *int
	try("read field", func() { fmt.Println(p.a) })
	try("write field", func() { p.a = 1 })
	try("deref int", func() { fmt.Println(*ip) })
	try("write int", func() { *ip = 3 })
	try("copy struct", func() {
		v := *p
		fmt.Println(v)
	})
	try("value method", func() { p.Val() })
	try("pointer method ok", func() { fmt.Println(p.Safe()) })
	try("slice field", func() { fmt.Println(len(p.s)) })
	var pp **T
	try("double pointer", func() { fmt.Println(*pp == nil) })
	q := &T{a: 5}
	try("non-nil", func() { fmt.Println(q.a, q.Val(), q.Safe()) })
	r := recover()
	fmt.Println("recover outside panic:", r)
	defer func() {
		e := recover()
		fmt.Println("main recovered:", e)
		err, ok := e.(error)
		fmt.Println("is error:", ok, err)
	}()
	p.a++
}
