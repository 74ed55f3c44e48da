package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c *Counter) Reset() {
	*c = Counter{name: c.name}
}

func (c Counter) Get() int { return c.n }

func (c *Counter) SafeName() string {
	if c == nil {
		return "<nil counter>"
	}
	return c.name
}

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	fmt.Println(c.n, c.Get())
	c.Add(5).Add(10).Inc()
	fmt.Println(c)
	p := &c
	p.Inc()
	fmt.Println("via pointer:", c.n, p.Get())
	cp := c
	cp.Inc()
	fmt.Println("copy:", cp.n, "orig:", c.n)
	c.Reset()
	fmt.Println("reset:", c, p.n)
	cs := []Counter{{name: "a"}, {name: "b"}}
	cs[1].Inc()
	cs[1].Add(3)
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	np := new(Counter)
	np.Add(2)
	fmt.Println(np.Get(), np.SafeName() == "")
	var nilp *Counter
	fmt.Println(nilp.SafeName())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	nilp.Inc()
}
