package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
}

type Bag struct {
	Items []int
	Tags  map[string]int
	Err   error
	Any   interface{}
	P     *Point
	ok    bool
}

type Empty struct{}

func main() {
	fmt.Println(fmt.Sprint([]int{1, 2, 3}))
	fmt.Println(fmt.Sprint([]int{}))
	var nilSlice []int
	fmt.Println(fmt.Sprint(nilSlice))
	fmt.Println(fmt.Sprint([]string{"a", "b c", ""}))
	fmt.Println(fmt.Sprint([]bool{true, false}))
	fmt.Println(fmt.Sprint([]float64{1.5, -2, 1e21}))
	fmt.Println(fmt.Sprint([][]int{{1}, {2, 3}, nil, {}}))
	fmt.Println(fmt.Sprint([3]int{7, 8, 9}))
	fmt.Println(fmt.Sprint([2][2]string{{"a", "b"}, {"c", "d"}}))
	fmt.Println(fmt.Sprint([0]int{}))
	fmt.Println(fmt.Sprint([]interface{}{1, "two", 3.0, nil, true, []int{4}}))
	fmt.Println(fmt.Sprint([]error{errors.New("e1"), nil, errors.New("e2")}))
	fmt.Println(fmt.Sprint([]byte{104, 105}))
	fmt.Println(fmt.Sprint([]rune{'h', 'i'}))

	fmt.Println(fmt.Sprint(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Println(fmt.Sprint(map[int]string{3: "three", -1: "minus", 10: "ten", 0: "zero"}))
	fmt.Println(fmt.Sprint(map[bool]int{true: 1, false: 0}))
	fmt.Println(fmt.Sprint(map[float64]string{2.5: "x", -1: "y", 0: "z"}))
	var nilMap map[string]int
	fmt.Println(fmt.Sprint(nilMap))
	fmt.Println(fmt.Sprint(map[string]int{}))
	fmt.Println(fmt.Sprint(map[string][]int{"x": {1, 2}, "a": nil}))
	fmt.Println(fmt.Sprint(map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}))
	fmt.Println(fmt.Sprint(map[[2]int]bool{{1, 0}: true, {0, 9}: false}))
	m := map[int]int{}
	for i := 9; i >= 0; i-- {
		m[i*7%10] = i
	}
	fmt.Println(fmt.Sprint(m))

	p := Point{1, 2}
	fmt.Println(fmt.Sprint(p))
	fmt.Println(fmt.Sprint(&p))
	fmt.Println(fmt.Sprint(Line{Point{1, 2}, Point{-3, 4}, "diag"}))
	fmt.Println(fmt.Sprint(&Line{Label: "zero"}))
	fmt.Println(fmt.Sprint(Empty{}))
	fmt.Println(fmt.Sprint(&Empty{}))
	fmt.Println(fmt.Sprint(Bag{}))
	fmt.Println(fmt.Sprint(Bag{Items: []int{1}, Tags: map[string]int{"z": 26, "y": 25}, Err: errors.New("bad"), Any: "str", ok: true}))
	fmt.Println(fmt.Sprint(Bag{Any: Point{5, 6}, Err: fmt.Errorf("code %d", 7)}))
	var np *Point
	fmt.Println(fmt.Sprint(np))
	fmt.Println(fmt.Sprint(Bag{P: np}))
	fmt.Println(fmt.Sprint([]Point{{1, 2}, {3, 4}}))
	fmt.Println(fmt.Sprint(struct {
		A int
		B string
	}{1, "x"}))
	fmt.Println(fmt.Sprint(p, p))
	fmt.Println(fmt.Sprint(&p, &p))
	fmt.Println(fmt.Sprint("p=", p, "q=", &p))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(map[string]int{"k": 1}, 5))

	fmt.Print(fmt.Sprintln([]int{1, 2}, map[string]bool{"t": true}, p, &p, np, Empty{}))
	fmt.Print(fmt.Sprintln([]interface{}{}, []string{}, [1]bool{}))
	fmt.Print(fmt.Sprintln(struct{ E error }{}, struct{ S []string }{[]string{"q"}}))

	// Modifying after formatting does not change the string.
	s := []int{1, 2}
	str := fmt.Sprint(s)
	s[0] = 100
	fmt.Println(str, fmt.Sprint(s))
}
