package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ w, h int }
type Sq int

func (r Rect) Area() int { return r.w * r.h }
func (s *Sq) Area() int  { return int(*s) * int(*s) }

func main() {
	var s Shape = Rect{2, 3}
	f := func() int { return s.Area() }
	fmt.Println(f())
	q := Sq(4)
	s = &q
	fmt.Println(f())
	q = 5
	fmt.Println(f())
	var fs []func() int
	shapes := []Shape{Rect{1, 1}, &q, Rect{2, 2}}
	for _, sh := range shapes {
		fs = append(fs, func() int { return sh.Area() })
	}
	q = 6
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	mk := func(sh Shape) func() int {
		defer func() { fmt.Println("mk done", sh.Area()) }()
		return func() int { return sh.Area() * 10 }
	}
	fmt.Println(mk(Rect{3, 3})())
}
