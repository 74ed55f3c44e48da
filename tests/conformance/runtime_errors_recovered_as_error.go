package main

import "fmt"

func try(f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println("error:", err.Error())
		} else {
			fmt.Println("not an error:", r)
		}
	}()
	f()
}

func main() {
	var v any = true
	var nothing any
	var nf func()
	s := []string{"a"}
	n := -1
	try(func() { fmt.Println(v.(int)) })
	try(func() { fmt.Println(nothing.(error)) })
	try(func() { fmt.Println(v.(error)) })
	try(func() { nf() })
	try(func() { fmt.Println(s[len(s)]) })
	try(func() { fmt.Println(1 << n) })
	try(func() { panic("plain string") })
}
