package main

import (
	"errors"
	"fmt"
)

type Stack [4]int

func (s *Stack) SafeSet(i, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("SafeSet failed")
			fmt.Println("recovered in method:", r, *s)
		}
	}()
	s[i] = v
	return nil
}

func (s Stack) Show(tag string) { fmt.Println(tag, s) }

func show(tag string, a [3]int) { fmt.Println(tag, a) }

func argsAtDefer() {
	a := [3]int{1, 2, 3}
	defer show("deferred copy:", a)
	defer func() { fmt.Println("closure sees:", a) }()
	p := &a
	defer func(q *[3]int) { fmt.Println("via pointer:", *q) }(p)
	a[0] = 100
	a = [3]int{7, 8, 9}
	fmt.Println("end of argsAtDefer", a)
}

func named() (r [3]int) {
	defer func() {
		r[1] *= 10
		r[2] = r[0] + r[1]
	}()
	r[0] = 1
	return [3]int{5, 6, 0}
}

func namedPanic(i int) (r [2]string, err error) {
	defer func() {
		if x := recover(); x != nil {
			r[1] = "recovered"
			err = errors.New("bad index")
		}
	}()
	r[0] = "set"
	r[i] = "ok"
	return r, nil
}

func loopDefers() {
	arr := [4]string{"a", "b", "c", "d"}
	for i, s := range arr {
		defer fmt.Println("loop defer", i, s)
		if i == 2 {
			arr[3] = "changed"
		}
	}
	for i := range arr {
		defer func() { fmt.Println("closure defer", i, arr[i]) }()
	}
}

func main() {
	argsAtDefer()
	fmt.Println(named())
	fmt.Println(namedPanic(1))
	fmt.Println(namedPanic(2))
	var s Stack
	fmt.Println(s.SafeSet(1, 5), s)
	fmt.Println(s.SafeSet(9, 5), s)
	s.Show("value receiver at call:")
	func() {
		defer s.Show("method value deferred:")
		s[0] = -1
	}()
	func() {
		defer (&s).SafeSet(3, 33)
		s[3] = 1
	}()
	fmt.Println(s)
	loopDefers()
}
