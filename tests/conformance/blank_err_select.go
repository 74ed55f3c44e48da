package main

import "fmt"

type T struct {
	A int
	_ int
}

func main() {
	t := T{A: 1}
	fmt.Println(t._)
}
