package main

import "fmt"

func main() {
	m := map[int]int{1: 1}
	delete(m, "x")
	fmt.Println(m)
}
