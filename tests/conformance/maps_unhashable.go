package main

import "fmt"

type Key struct {
	A int
	B string
}

func main() {
	m := map[any]int{}
	m[1] = 1
	m["1"] = 2
	m[int8(1)] = 3
	m[Key{1, "x"}] = 4
	m[true] = 5
	m[nil] = 6
	fmt.Println(len(m), m[1], m["1"], m[int8(1)], m[int16(1)], m[Key{1, "x"}], m[nil])
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		fmt.Println(len(m))
	}()
	var s []int
	m[s] = 7
	fmt.Println("unreachable")
}
