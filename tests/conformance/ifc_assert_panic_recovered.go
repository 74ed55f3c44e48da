package main

import "fmt"

type I interface{ M() int }
type J interface{ N() int }

type A struct{}

func (A) M() int { return 1 }

type B struct{}

func (B) M() int { return 2 }
func (B) N() int { return 3 }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "->", r)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	var i I = A{}
	try("A to B", func() { _ = i.(B) })
	try("A to J", func() { _ = i.(J) })
	try("B to J", func() {
		i = B{}
		fmt.Println(i.(J).N())
	})
	var k I
	try("nil to A", func() { _ = k.(A) })
	try("nil to J", func() { _ = k.(J) })
	var a any = 5
	try("int to I", func() { _ = a.(I) })
	try("int to string", func() { _ = a.(string) })
	try("ok form", func() {
		j, ok := a.(J)
		fmt.Println(any(j) == nil, ok)
	})
}
