package main

import "fmt"

type Inner struct {
	a, b int
}

type Middle struct {
	in    Inner
	label string
}

type Outer struct {
	m     Middle
	other Inner
	count int
}

func main() {
	var o Outer
	fmt.Println(o)
	o.m.in.b = 2
	o.m.label = "mid"
	o.other = Inner{7, 8}
	o.other.a += 1
	o.count = o.m.in.b + o.other.a
	fmt.Println(o)
	m := o.m
	m.in.a = 50
	fmt.Println("copy of nested:", m, "original:", o.m)
	in := o.other
	o.other.b = 0
	fmt.Println("snapshot:", in, "now:", o.other)
	o2 := Outer{m: Middle{in: Inner{a: 1}, label: "x"}, count: 3}
	fmt.Println(o2, o2.m.in.a, o2.m.label)
	fmt.Println("equal:", o == o2, o.m.in == Inner{0, 2}, o.other != in)
	defer func() {
		fmt.Println("deferred sees:", o.m.in)
	}()
	defer fmt.Println("deferred arg:", o.m.in)
	o.m.in = Inner{-1, -2}
}
