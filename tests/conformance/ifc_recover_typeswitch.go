package main

import (
	"errors"
	"fmt"
)

type E1 struct{ n int }

func (e E1) Error() string { return "E1" }

type E2 struct{ s string }

func (e *E2) Error() string { return "E2:" + e.s }

type S int

func (s S) String() string { return "S!" }

func classify(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Println("no panic")
		case E1:
			fmt.Println("E1 with", v.n)
		case *E2:
			fmt.Println("*E2 with", v.s, v)
		case error:
			fmt.Println("error:", v)
		case fmt.Stringer:
			fmt.Println("stringer:", v)
		case int, string:
			fmt.Println("int or string:", v)
		default:
			fmt.Println("other")
		}
	}()
	f()
}

func main() {
	classify(func() {})
	classify(func() { panic(E1{7}) })
	classify(func() { panic(&E2{"hi"}) })
	classify(func() { panic(errors.New("plain")) })
	classify(func() { panic(S(3)) })
	classify(func() { panic(42) })
	classify(func() { panic("str") })
	classify(func() { panic(true) })
	classify(func() {
		var s []int
		_ = s[3]
	})
}
