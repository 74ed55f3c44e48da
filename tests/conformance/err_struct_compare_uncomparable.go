package main

import "fmt"

type S struct {
	name string
	xs   []int
}

func main() {
	s := S{"a", nil}
	t := S{"a", nil}
	fmt.Println(s == t)
}
