package main

import "fmt"

type Stringer interface{ String() string }

type P struct{}

func (p *P) String() string { return "p" }

func get() Stringer {
	return P{}
}

func main() {
	fmt.Println(get().String())
}
