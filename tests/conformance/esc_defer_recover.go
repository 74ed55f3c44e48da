package main

import (
	"errors"
	"fmt"
)

type T struct {
	v    int
	next *T
}

var saved *int
var savedT *T
var savedF func() int
var savedErr error

func scribble(n int) int {
	var a [50]int
	for i := range a {
		a[i] = n*7 + i
	}
	if n > 0 {
		return a[1] + scribble(n-1)
	}
	return a[2]
}

func panicker(v int) {
	x := v
	defer func() {
		if r := recover(); r != nil {
			saved = &x
			fmt.Println("recovered", r, x)
		}
	}()
	x *= 2
	panic("boom")
}

func panickerPtr(v int) {
	t := T{v: v}
	p := &t
	defer func() {
		recover()
		savedT = p
	}()
	p.v += 1
	var m map[string]int
	m["x"] = 1
}

func panickerClosure(v int) {
	x := v
	defer func() {
		recover()
		savedF = func() int { x += 5; return x }
	}()
	panic(errors.New("e"))
}

func namedPtr(v int) (r *int, err error) {
	x := v
	defer func() {
		if e := recover(); e != nil {
			r = &x
			err = errors.New("recovered")
		}
	}()
	x++
	var arr []int
	_ = arr[v]
	return nil, nil
}

func namedModify() (n int, p *T) {
	t := T{v: 1}
	p = &t
	defer func() { p.v *= 10; n = p.v }()
	defer func() { t.v += 2 }()
	return 5, p
}

func namedModifyLoop() (ps []*int) {
	for i := 0; i < 3; i++ {
		x := i
		defer func() { ps = append(ps, &x) }()
		x += 20
	}
	return nil
}

func deepPanic(d int, p *int) {
	if d == 0 {
		panic(*p)
	}
	y := d * 100
	deepPanic(d-1, &y)
}

func catchDeep() (res *int) {
	z := 9
	defer func() {
		if r := recover(); r != nil {
			w := r.(int) + z
			res = &w
		}
	}()
	deepPanic(3, &z)
	return nil
}

func errFromLoop() {
	for i := 0; i < 3; i++ {
		x := i
		if i == 1 {
			defer func() {
				recover()
				saved = &x
			}()
		}
	}
	panic("loop")
}

func main() {
	panicker(21)
	scribble(5)
	fmt.Println(*saved)
	panickerPtr(30)
	scribble(5)
	fmt.Println(savedT.v)
	panickerClosure(40)
	scribble(5)
	fmt.Println(savedF(), savedF())
	r, err := namedPtr(3)
	scribble(5)
	fmt.Println(*r, err)
	n, p := namedModify()
	scribble(5)
	fmt.Println(n, p.v)
	ps := namedModifyLoop()
	scribble(5)
	for _, q := range ps {
		fmt.Print(*q, " ")
	}
	fmt.Println()
	c := catchDeep()
	scribble(5)
	fmt.Println(*c)
	errFromLoop()
	scribble(5)
	fmt.Println(*saved)
}
