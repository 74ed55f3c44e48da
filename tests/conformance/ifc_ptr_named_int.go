package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Val() int { return int(c) }

type Incer interface {
	Inc()
	Val() int
}

type Valer interface{ Val() int }

func bump(i Incer, n int) {
	for k := 0; k < n; k++ {
		i.Inc()
	}
}

func main() {
	var c Counter
	bump(&c, 3)
	fmt.Println(c, c.Val())
	var v Valer = c
	c.Inc()
	fmt.Println(v.Val(), c.Val())
	v = &c
	c.Inc()
	fmt.Println(v.Val())
	i, ok := v.(Incer)
	fmt.Println(ok)
	defer func() { i.Inc() }()
	defer func() { fmt.Println("deferred sees", c) }()
	i.Inc()
	fmt.Println(int(c))
}
