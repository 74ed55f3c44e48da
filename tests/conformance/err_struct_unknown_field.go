package main

import "fmt"

type S struct {
	a int
	b string
}

func main() {
	s := S{1, "b"}
	s.a = 2
	fmt.Println(s.x)
}
