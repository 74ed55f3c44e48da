package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Counter map[string]int

func (c Counter) Add(k string) { c[k]++ }

func main() {
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	m["a"] += 10
	fmt.Println(m, len(m), m["a"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "b")
	delete(m, "missing")
	fmt.Println(m, len(m))
	sum := 0
	for k, v := range m {
		sum += v
		_ = k
	}
	fmt.Println(sum)
	pts := map[Point]string{{1, 2}: "p12", {3, 4}: "p34"}
	fmt.Println(pts[Point{1, 2}], pts[Point{9, 9}] == "", len(pts))
	byInt := make(map[int][]string)
	byInt[3] = append(byInt[3], "x")
	byInt[3] = append(byInt[3], "y")
	byInt[1] = nil
	fmt.Println(byInt)
	c := Counter{}
	c.Add("go")
	c.Add("go")
	c.Add("rust")
	fmt.Println(c)
	var anyKeys = map[any]int{1: 1, "one": 2, true: 3}
	fmt.Println(anyKeys[1], anyKeys["one"], anyKeys[true], anyKeys[2])
	errs := map[error]string{}
	e1 := errors.New("x")
	errs[e1] = "first"
	fmt.Println(errs[e1], len(errs))
	clear(m)
	fmt.Println(m, len(m))
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("never")
	}
	funcs := map[string]func(int) int{"double": func(x int) int { return x * 2 }}
	fmt.Println(funcs["double"](21))
	defer func() {
		fmt.Println("recovered:", recover())
		defer func() { fmt.Println("recovered 2:", recover()) }()
		bad := map[any]int{}
		bad[[]int{1}] = 1
	}()
	nilMap["boom"] = 1
}
