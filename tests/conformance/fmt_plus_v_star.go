package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	b string
}

type Base struct{ ID int }

type Outer struct {
	Base
	Name  string
	In    Inner
	P     *Inner
	M     map[string]Inner
	L     []Inner
	E     error
	F     float64
	Any   any
	inner Inner
}

type Str struct{ X int }

func (s Str) String() string { return fmt.Sprintf("Str(%d)", s.X) }

func main() {
	o := Outer{Base{7}, "n", Inner{1, "x"}, nil, map[string]Inner{"k": {3, "z"}}, []Inner{{4, "w"}}, errors.New("boom"), 2.5, Inner{5, "v"}, Inner{6, "u"}}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v %+v %+v %+d\n", 5, -2.5, "s", 5)
	fmt.Printf("%+v %+v\n", Str{3}, []Str{{1}})
	fmt.Printf("%+v|%10v|%-10v|\n", struct{}{}, Inner{1, "a"}, &Base{2})
	fmt.Printf("[%*d] [%-*d] [%.*f] [%*.*f]\n", 5, 42, 5, 42, 2, 3.14159, 8, 3, 2.5)
	fmt.Printf("[%*d] [%.*d]\n", -4, 7, -1, 9)
	fmt.Printf("[%*d]\n", "x", 3)
	fmt.Printf("[%*d]\n", 3)
	fmt.Printf("[%*s]\n", uint8(6), "ab")
	fmt.Println(fmt.Errorf("%*d: %w", 4, 1, errors.New("inner")))
	var np *Inner
	fmt.Printf("%+v %+v\n", np, []any{nil, Inner{}})
}
