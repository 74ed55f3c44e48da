package main

import "fmt"

type M map[string]int

func get() map[string]int { return nil }

func (m M) IsNil() bool { return m == nil }

func main() {
	var a map[string]int
	b := map[string]int{}
	c := make(map[string]int)
	d := make(map[string]int, 100)
	fmt.Println(a == nil, b == nil, c == nil, d == nil, nil == a, b != nil)
	fmt.Println(get() == nil, len(get()))
	var m M
	fmt.Println(m.IsNil(), M{}.IsNil())
	var x any = a
	fmt.Println(x == nil, x != nil)
	y, ok := x.(map[string]int)
	fmt.Println(y == nil, ok, len(y))
	a = b
	a["k"] = 1
	fmt.Println(b, a == nil)
	a = nil
	fmt.Println(b, a, len(a))
	s := []map[int]int{nil, {}, {1: 1}}
	for i, mm := range s {
		fmt.Println(i, mm == nil, len(mm))
	}
	clear(a)
	fmt.Println(len(a), a == nil)
	n := 0
	e := make(map[int]int, n)
	fmt.Println(e == nil, len(e))
}
