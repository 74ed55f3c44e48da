package main

import "fmt"

type Op interface {
	Apply(a, b int) int
}

type Div struct{}

func (Div) Apply(a, b int) int { return a / b }

type Idx struct{ xs []int }

func (i *Idx) Apply(a, b int) int { return i.xs[a] + b }

type Custom struct{}

func (Custom) Apply(a, b int) int {
	if b < 0 {
		panic(NegErr{b})
	}
	return a - b
}

type NegErr struct{ v int }

func (n NegErr) Error() string { return "negative" }

func safe(o Op, a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				panic(r)
			}
		}
	}()
	return o.Apply(a, b), nil
}

func main() {
	ops := []Op{Div{}, &Idx{[]int{1, 2}}, Custom{}}
	fmt.Println(safe(ops[0], 7, 2))
	fmt.Println(safe(ops[0], 7, 0))
	fmt.Println(safe(ops[1], 1, 5))
	fmt.Println(safe(ops[1], 5, 5))
	fmt.Println(safe(ops[2], 5, 3))
	_, err := safe(ops[2], 5, -3)
	fmt.Println(err)
	ne, ok := err.(NegErr)
	fmt.Println(ne.v, ok)
	var nilIdx *Idx
	fmt.Println(safe(nilIdx, 0, 0))
}
