package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }
func (c Counter) Show() { fmt.Println("show", c.name, c.n) }
func (c *Counter) Report() {
	r := recover()
	fmt.Println("report", c.name, c.n, r)
}

func run(c *Counter) {
	defer c.Report()
	defer c.Show()
	defer c.Inc()
	c.n = 10
	panic("boom")
}

func main() {
	c := &Counter{name: "a"}
	run(c)
	fmt.Println(*c)
	var v Counter
	v.name = "v"
	defer v.Show()
	v.Inc()
	v.Inc()
	fmt.Println(v)
}
