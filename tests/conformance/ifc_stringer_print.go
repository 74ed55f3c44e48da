package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return "blue?"
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return "pt" }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

func main() {
	fmt.Println(Red, Green, Blue, 7)
	fmt.Print(Green, "\n")
	fmt.Print(Red, Blue, "\n")
	var s fmt.Stringer = Blue
	fmt.Println(s)
	p := Pt{1, 2}
	fmt.Println(p)
	fmt.Println(&p)
	fmt.Println(Both{})
	var a any = Green
	fmt.Println(a)
	var e error = errors.New("E")
	fmt.Println(e, Both{}, int(Green))
	println(int(Blue))
}
