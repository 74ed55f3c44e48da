package main

import "fmt"

type T int

func outer() any {
	return T(1)
}

func inner() any {
	type T int
	return T(1)
}

func innerStruct() any {
	type P struct{ a, b int }
	return P{1, 2}
}

func main() {
	a := outer()
	b := inner()
	fmt.Println(a, b, a == b)
	_, ok1 := a.(T)
	_, ok2 := b.(T)
	fmt.Println("outer T:", ok1, ok2)
	{
		type T string
		var s T = "shadow"
		fmt.Println(s, len(s))
		var x any = s
		_, ok := x.(T)
		_, ok3 := b.(T)
		fmt.Println("string T:", ok, ok3)
	}
	var t T = 3
	fmt.Println("outer again:", t+1)
	type P struct{ a, b int }
	p := P{1, 2}
	q := innerStruct()
	fmt.Println(p, q)
	var pa any = p
	fmt.Println("same shape, distinct types:", pa == q)
	_, ok4 := q.(P)
	fmt.Println("assert P:", ok4)
	for i := 0; i < 2; i++ {
		type Step int
		s := Step(i * 10)
		defer func() { fmt.Println("deferred step", s) }()
	}
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	_ = b.(T)
}
