package main

import (
	"errors"
	"fmt"
)

type Celsius int

func (c Celsius) String() string { return "C" }

type Bad struct{}

func (Bad) Error() string { return "bad" }

func main() {
	fmt.Print(Celsius(1), Celsius(2), "\n")
	fmt.Print("a", Celsius(1), "b", "\n")
	fmt.Print(1, Celsius(2), 3, "\n")
	fmt.Print(Bad{}, Bad{}, "\n")
	fmt.Print(errors.New("x"), 5, "\n")
	fmt.Println(Celsius(5), "x", Bad{}, nil)
	var e error = Bad{}
	var s any = Celsius(9)
	fmt.Print(e, s, "\n")
	fmt.Println(e, s)
	var p *Celsius
	c := Celsius(3)
	p = &c
	fmt.Println(*p, p == nil)
}
