package main

import (
	"errors"
	"fmt"
)

type Handler struct {
	name  string
	fn    func(int) int
	after func()
	err   error
	data  []int
}

func main() {
	count := 0
	h := Handler{
		name:  "double",
		fn:    func(x int) int { return x * 2 },
		after: func() { count++ },
		data:  []int{1, 2, 3},
	}
	fmt.Println(h.name, h.fn(21))
	h.after()
	h.after()
	fmt.Println("count:", count)
	h2 := h
	h2.fn = func(x int) int { return x + 1 }
	h2.data[0] = 100
	h2.name = "inc"
	fmt.Println(h.name, h.fn(1), h2.name, h2.fn(1))
	fmt.Println("shared slice backing:", h.data, h2.data)
	h2.data = append(h2.data, 4)
	h2.data[1] = 200
	fmt.Println("after append:", h.data, h2.data)
	hs := []Handler{h, h2, {name: "nil fn"}}
	for _, x := range hs {
		if x.fn != nil {
			fmt.Println(x.name, x.fn(10))
		} else {
			fmt.Println(x.name, "has no fn", x.err == nil)
		}
	}
	h.err = errors.New("handler failed")
	fmt.Println("err:", h.err)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer h.after()
	defer fmt.Println("count at defer:", count)
	hs[2].fn(1)
}
