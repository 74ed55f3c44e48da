package main

import "fmt"

func run(f func(int) int) int {
	return f(1)
}

func main() {
	fmt.Println(run(func(x int) int { return x + 1 }))
	var g func(int) int
	fmt.Println(run(g))
}
