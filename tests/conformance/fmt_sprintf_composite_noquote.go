package main

import (
	"errors"
	"fmt"
)

type P struct {
	X, Y int
}

type R struct {
	Name string
	Age  int
	Tags []string
	Pos  *P
	Ok   bool
}

type Code int

func (c Code) String() string { return "code-" + fmt.Sprint(int(c)) }

func main() {
	p := P{1, -2}
	var np *P
	fmt.Println(fmt.Sprintf("%v %d %x %X %o %b", p, p, p, p, p, p))
	fmt.Println(fmt.Sprintf("%v %d", &p, &p))
	fmt.Println(fmt.Sprintf("%v %d %s", np, np, np))
	fmt.Println(fmt.Sprintf("[%5d] [%-5d] [%05d] [%+d]", p, p, p, p))
	fmt.Println(fmt.Sprintf("%v %d %x %s", []int{1, 2}, []int{1, 2}, []int{10, 255}, []int{1}))
	fmt.Println(fmt.Sprintf("[%3d] [%-3d] [%03d] [%+d] [% d]", []int{1, 22}, []int{1, 22}, []int{1, -22}, []int{1, -2}, []int{3}))
	fmt.Println(fmt.Sprintf("%v %d", [3]int8{-1, 0, 1}, [2]uint{5, 6}))
	fmt.Println(fmt.Sprintf("%.2f %6.1f %e", []float64{1, 2.345}, []float64{-1.25}, []float64{1e5}))
	fmt.Println(fmt.Sprintf("%v %d %x", map[string]int{"b": 2, "a": 1}, map[string]int{"b": 2, "a": 1}, map[string]int{"b": 26, "a": 10}))
	fmt.Println(fmt.Sprintf("%v %d", map[int][]int{2: {1}, 1: {2, 3}}, map[int]string{3: "x"}))
	r := R{"ann", 30, []string{"a", "b"}, nil, true}
	fmt.Println(fmt.Sprintf("%v", r))
	fmt.Println(fmt.Sprintf("%d", r))
	fmt.Println(fmt.Sprintf("%s", r))
	fmt.Println(fmt.Sprintf("%v", &r))
	fmt.Println(fmt.Sprintf("%x", R{Name: "hi", Age: 255}))
	fmt.Println(fmt.Sprintf("%t", R{Ok: true}))
	fmt.Println(fmt.Sprintf("%v %d %s", []Code{1, 2}, []Code{1, 2}, []Code{3}))
	fmt.Println(fmt.Sprintf("%d %v", Code(9), map[Code]Code{2: 3, 1: 4}))
	fmt.Println(fmt.Sprintf("%v %d", []interface{}{1, "a", nil, 2.5}, []interface{}{1, "a", nil, 2.5}))
	fmt.Println(fmt.Sprintf("%v %v", [][]int{{1, 2}, {}}, []*P{}))
	fmt.Println(fmt.Sprintf("%v|%d|%s", struct{}{}, struct{}{}, []struct{}{{}, {}}))
	fmt.Println(fmt.Sprintf("%6v|%-6v|%06v", []int{1, 2}, []string{"a"}, p))
	fmt.Println(fmt.Sprintf("%v", struct {
		A [2]bool
		M map[string]int
		E error
		I interface{}
	}{}))
	fmt.Println(fmt.Sprintf("%v %d", struct{ S []string }{[]string{"x"}}, struct{ S []string }{[]string{"x"}}))
	ps := []P{{1, 2}, {3, 4}}
	for i := range ps {
		fmt.Println(fmt.Sprintf("%d: %v %+d", i, ps[i], ps[i]))
	}
	m := map[string]P{"one": {1, 1}, "two": {2, 2}}
	fmt.Println(fmt.Sprintf("%v", m))
	fmt.Println(fmt.Sprintf("%v", map[P]int{{2, 0}: 1, {1, 5}: 2, {1, -5}: 3}))
}
func useErrors() error { return errors.New("x") }
