package main

import (
	"errors"
	"fmt"
)

type K struct {
	v   any
	err error
	n   int
}

func main() {
	e := errors.New("e")
	a := K{1, nil, 2}
	b := K{1, nil, 2}
	c := K{"1", nil, 2}
	fmt.Println(a == b, a == c, a != c)
	d := K{v: e, err: e}
	f := K{v: e, err: e}
	g := K{v: e, err: errors.New("e")}
	fmt.Println(d == f, d == g)
	h := K{v: K{v: 3}}
	i := K{v: K{v: 3}}
	fmt.Println(h == i, h)
	var j any = a
	fmt.Println(j == any(b), j == any(c))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	x := K{v: []int{1}}
	y := K{v: []int{1}}
	fmt.Println(x == y)
}
