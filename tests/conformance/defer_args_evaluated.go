package main

import "fmt"

func show(tag string, v int) { fmt.Println(tag, v) }

func a() { fmt.Println("a runs") }
func b() { fmt.Println("b runs") }

func main() {
	x := 1
	defer show("x at defer", x)
	defer fmt.Println("println args", x, x*10)
	f := a
	defer f()
	f = b
	s := []int{1, 2, 3}
	defer show("s[0] at defer", s[0])
	s[0] = 100
	defer func(v int) { fmt.Println("param", v, "captured", x) }(x)
	x = 50
	fmt.Println("body end", x)
}
