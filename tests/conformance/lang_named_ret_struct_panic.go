package main

import (
	"errors"
	"fmt"
)

type Out struct {
	vals []int
	err  error
	done bool
}

func (o *Out) fail(r any) {
	o.err = errors.New("failed")
	o.done = r != nil
}

func compute(n int) (o Out) {
	defer func() {
		if r := recover(); r != nil {
			o.fail(r)
		}
	}()
	defer func() { o.vals = append(o.vals, -1) }()
	for i := 0; i < n; i++ {
		o.vals = append(o.vals, 10/(3-i))
	}
	return
}

func ptrRet() (p *Out, n int) {
	defer func() {
		p.done = true
		n = len(p.vals)
	}()
	return &Out{vals: []int{1, 2, 3}}, 99
}

func main() {
	fmt.Println(compute(2))
	o := compute(5)
	fmt.Println(o.vals, o.err, o.done)
	p, n := ptrRet()
	fmt.Println(*p, n)
}
