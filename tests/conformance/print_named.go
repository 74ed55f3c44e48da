package main

import "fmt"

type Code int
type Name string
type Ok bool
type Codes []Code
type Names []Name

type Entry struct {
	c Code
	n Name
	o Ok
}

const (
	Zero Code = iota
	One
	Two
)

func main() {
	var c Code = -5
	n := Name("gopher")
	o := Ok(true)
	fmt.Println(c, n, o, One, Two)
	fmt.Println(Codes{1, 2, 3}, Names{"a", "b"}, Names{})
	fmt.Println(Entry{c, n, o})
	fmt.Println(&Entry{n: "p"})
	fmt.Print(c, n, "\n")
	fmt.Print(c, One, "\n")
	println(c, One, Two)
	println(n, o)
	print(c, " ", n, "\n")
	println(int(c), string(n), bool(o))
	var a any = c
	fmt.Println(a, a == any(Code(-5)), a == any(-5))
	defer func() {
		r := recover()
		fmt.Println("recovered named int:", r)
		println("done")
	}()
	panic(Two)
}
