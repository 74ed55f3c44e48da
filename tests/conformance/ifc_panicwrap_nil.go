package main

import "fmt"

type I interface{ M() int }

type T struct{ x int }

func (t T) M() int { return t.x }

func call(i I) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			_, isErr := r.(error)
			fmt.Println("is error:", isErr)
			v = -1
		}
	}()
	return i.M()
}

func main() {
	fmt.Println(call(T{4}))
	fmt.Println(call(&T{5}))
	var p *T
	fmt.Println(call(p))
}
