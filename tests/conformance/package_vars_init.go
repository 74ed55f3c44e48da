package main

import "fmt"

var total = a + b + c
var a = trace("a", b*2)
var b = trace("b", 3)
var c = trace("c", a+1)
var names = []string{greet, "z"}
var greet = "hello"
var counter int
var next = func() int { counter++; return counter }

func trace(name string, v int) int {
	fmt.Println("init", name, v)
	return v
}

func main() {
	fmt.Println(total, a, b, c)
	fmt.Println(names, counter)
	next()
	next()
	fmt.Println(counter)
	a = 100
	fmt.Println(total, a)
}
