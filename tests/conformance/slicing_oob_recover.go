package main

import "fmt"

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
	s := make([]int, 3, 5)
	str := "abc"
	i, j, k := 4, 2, 6
	try("hi>cap", func() { _ = s[:k] })
	try("lo>hi", func() { _ = s[i:j] })
	try("lo>len ok", func() { fmt.Println(len(s[i:]), "no panic?") })
	try("lo>cap", func() { _ = s[k:] })
	try("3idx max>cap", func() { _ = s[0:1:k] })
	try("3idx hi>max", func() { _ = s[0:i:j] })
	try("3idx lo>hi", func() { _ = s[i:j:5] })
	try("str hi>len", func() { _ = str[:i] })
	try("str lo>hi", func() { _ = str[j:1] })
	n := -1
	try("neg", func() { _ = s[n:] })
	try("neg hi", func() { _ = s[:n] })
	try("index", func() { _ = s[k] })
	try("ok", func() { fmt.Println(s[1:5], str[1:3]) })
}
