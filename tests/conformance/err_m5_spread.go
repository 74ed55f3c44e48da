package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	s := []int{1, 2}
	fmt.Println(add(s...))
}
