package main

import (
	"errors"
	"fmt"
)

type E struct{ code *int }

func (e *E) Error() string {
	if *e.code > 100 {
		return "big"
	}
	return "small"
}

func scribble(n int) int {
	var a [40]int
	for i := range a {
		a[i] = n + i
	}
	if n > 0 {
		return a[1] + scribble(n-1)
	}
	return a[0]
}

func mkErr(v int) error {
	c := v
	e := E{code: &c}
	return &e
}

func mkVal(v int) *int {
	x := v * 3
	return &x
}

func wrapErr(v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := errors.New("wrapped")
			err = msg
		}
	}()
	p := mkVal(v)
	if *p > 10 {
		var q *int
		_ = *q
	}
	return nil
}

func main() {
	e1 := mkErr(5)
	e2 := mkErr(500)
	p := mkVal(41)
	fmt.Println(scribble(8))
	fmt.Println(e1, e2, *p, wrapErr(2), wrapErr(20))
	scribble(8)
	fmt.Println(e2.Error())
	panic(*p)
}
