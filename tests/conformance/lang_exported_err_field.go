package main

import (
	"errors"
	"fmt"
)

type R struct {
	N   int
	Err error
	F   func()
	P   *int
	S   []string
	A   any
}

func main() {
	r := R{N: 1}
	fmt.Println(r)
	r.Err = errors.New("bad")
	r.S = []string{"a", "b"}
	r.A = 5
	fmt.Println(r)
	r.A = R{N: 2}
	fmt.Println(r.A)
	var e error
	fmt.Println(e == nil, r.Err != nil, r.Err.Error())
	rs := []R{{N: 3}, {Err: r.Err}}
	fmt.Println(len(rs), rs[1].Err)
}
