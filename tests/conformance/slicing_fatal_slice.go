package main

import "fmt"

func cut(s []int, a, b int) []int {
	defer fmt.Println("cut deferred", a, b)
	return s[a:b]
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(cut(s, 0, 2))
	fmt.Println(cut(s, 2, 1))
}
