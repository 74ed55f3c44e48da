package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
}
