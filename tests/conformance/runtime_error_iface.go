package main

import (
	"errors"
	"fmt"
	"runtime"
)

type myErr struct{ code int }

func (e myErr) Error() string { return "myErr code " + string(rune('0'+e.code)) }
func (e myErr) RuntimeError() {}

var sink int

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Print(name, ": ok=", ok, " ")
		if ok {
			re.RuntimeError()
			fmt.Println("msg=" + re.Error())
		}
		switch v := r.(type) {
		case nil:
			fmt.Println("  no panic")
		case runtime.Error:
			var e error = v
			fmt.Println("  runtime.Error:", e, e == v)
		case error:
			fmt.Println("  plain error:", v.Error())
		case string:
			fmt.Println("  string:", v)
		default:
			fmt.Println("  other:", v)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	var m map[string]int
	var p *struct{ x int }
	var a any = "str"
	z := 0
	try("index", func() { sink = s[i] })
	try("nilmap", func() { m["k"] = 1 })
	try("nilptr", func() { sink = p.x })
	try("assert", func() { sink = a.(int) })
	try("divzero", func() { sink = 10 / z })
	try("slice", func() { sink = len(s[2:i]) })
	try("toarray", func() { sink = [4]int(s)[0] })
	try("custom", func() { panic(myErr{7}) })
	try("custom-ptr", func() { panic(&myErr{3}) })
	try("errorsNew", func() { panic(errors.New("plain")) })
	try("string", func() { panic("just a string") })
	try("int", func() { panic(42) })
	try("none", func() {})
	var re runtime.Error = myErr{1}
	var e error = re
	_, isRE := e.(runtime.Error)
	fmt.Println(re, e, isRE)
	func() {
		defer fmt.Println("deferred before fatal")
		panic(myErr{9})
	}()
}
