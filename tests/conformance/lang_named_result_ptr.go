package main

import (
	"errors"
	"fmt"
)

type Res struct {
	n   int
	err error
}

func work(k int) (r Res) {
	p := &r
	defer func() {
		if e := recover(); e != nil {
			p.err = errors.New("recovered")
			p.n = -k
		}
	}()
	defer func() {
		p.n *= 2
	}()
	r.n = k
	if k > 2 {
		panic(k)
	}
	return Res{n: k + 1}
}

func main() {
	for i := 0; i < 5; i++ {
		r := work(i)
		fmt.Println(r.n, r.err)
	}
}
