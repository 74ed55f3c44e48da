package main

import "fmt"

func main() {
	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	x = x * 10
	fmt.Println(x, get())
	s := "a"
	appendB := func() { s += "b" }
	appendB()
	s += "c"
	appendB()
	fmt.Println(s)
	var list []int
	push := func(v int) { list = append(list, v) }
	push(1)
	push(2)
	fmt.Println(list, len(list))
	y := 5
	f := func(y int) int { return y * 2 }
	fmt.Println(f(1), y)
}
