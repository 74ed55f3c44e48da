package main

import "fmt"

type T int

func (t T) M() string { return "outer" }

func main() {
	var a T = 1
	fmt.Println(a.M(), a)
	{
		type T struct{ v int }
		b := T{2}
		fmt.Println(b, b.v)
		{
			type T = string
			var c T = "alias"
			fmt.Println(c + "!")
		}
	}
	f := func() any {
		type T struct{ a, b bool }
		return T{true, false}
	}
	fmt.Println(f())
	type U []T
	u := U{1, 2}
	fmt.Println(u, u[1].M())
	type S struct {
		n    int
		next *S
	}
	s := &S{1, &S{2, nil}}
	fmt.Println(s.next.n, s.next.next == nil)
}
