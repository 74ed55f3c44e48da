package main

import (
	"errors"
	"fmt"
)

type Point struct{ x, y int }
type Named struct {
	name string
	ok   bool
}
type Line struct {
	from, to Point
	label    string
}
type Mixed struct {
	n    int
	s    string
	xs   []int
	err  error
	v    any
	pts  []Point
}

func main() {
	fmt.Println(Point{1, 2})
	fmt.Println(Point{}, Named{}, Named{"a b", true})
	fmt.Println(Line{Point{1, 2}, Point{3, 4}, "diag"})
	fmt.Println(&Point{1, 2}, &Line{label: "p"})
	fmt.Println(Mixed{})
	fmt.Println(Mixed{1, "s", []int{1, 2}, nil, "str", []Point{{5, 6}}})
	fmt.Println(Mixed{v: Point{7, 8}})
	fmt.Println(Mixed{v: 3, xs: []int{}})
	fmt.Println(Mixed{err: errors.New("bad")}.err)
	fmt.Println([]Point{{1, 2}, {3, 4}}, []Point{})
	fmt.Println(struct{}{}, struct{ a, b string }{"", "b"})
	fmt.Print(Point{1, 2}, Point{3, 4}, "\n")
	fmt.Print("p=", Point{5, 6}, "\n")
	fmt.Print(Named{"n", false}, 1, 2, "\n")
	var a any = Line{}
	fmt.Println(a)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	panic(Line{Point{1, 1}, Point{2, 2}, "panic line"})
}
