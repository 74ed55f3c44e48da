package main

import (
	"errors"
	"fmt"
)

type Timeout struct{ secs int }

func (t *Timeout) Error() string { return "timeout" }

var ErrBase = errors.New("base")

func work(kind int) {
	switch kind {
	case 0:
		panic(&Timeout{3})
	case 1:
		panic(ErrBase)
	case 2:
		var xs []int
		xs[kind] = 1
	case 3:
		panic("string value")
	}
}

func run(kind int) (err error) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			err = e
		} else if r != nil {
			err = errors.New("non-error panic")
		}
	}()
	work(kind)
	return
}

func main() {
	for k := 0; k < 5; k++ {
		err := run(k)
		fmt.Println(k, err, err == ErrBase, err == nil)
		if t, ok := err.(*Timeout); ok {
			fmt.Println("secs", t.secs)
		}
	}
	e1 := run(0)
	e2 := run(0)
	fmt.Println(e1 == e2)
	e3 := e1
	fmt.Println(e1 == e3)
}
