package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func make1() Counter { return Counter{1} }

func main() {
	c := make1()
	c.Inc()
	f := make1().Inc
	fmt.Println(c.n, f)
}
