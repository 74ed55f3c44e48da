package main

import "fmt"

type T struct{ a int }

func (t T) Val() int  { return t.a }
func (t *T) Ptr() int { return 1 }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var p *T
	try("ptr-mv", func() { f := p.Ptr; fmt.Println("made"); fmt.Println(f()) })
	try("val-mv", func() { f := p.Val; fmt.Println("made"); fmt.Println(f()) })
	try("defer-ptr", func() {
		defer p.Ptr()
		fmt.Println("after defer-ptr")
	})
	try("defer-val", func() {
		defer p.Val()
		fmt.Println("after defer-val")
	})
	try("defer-nilfn", func() {
		var f func()
		defer f()
		fmt.Println("after nilfn")
	})
}
