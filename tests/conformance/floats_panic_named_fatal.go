package main

import "fmt"

type T float64

type S float32

func (s S) String() string { return "S-value" }

func check(t T) {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, r == T(0.5))
		if v, ok := r.(T); ok {
			fmt.Println("as T", v*2)
			var s S = S(v)
			defer fmt.Println("inner deferred", s, float32(s))
			panic(T(v + 1))
		}
	}()
	if t > 0 {
		panic(t)
	}
}

func main() {
	defer func() {
		fmt.Println("main deferred")
	}()
	check(0.5)
	fmt.Println("unreachable")
}
