package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	n := len(old)
	v := old[n-1]
	var ns Stack
	for i := 0; i < n-1; i++ {
		ns = append(ns, old[i])
	}
	*s = ns
	return v
}
func (s Stack) Len() int { return len(s) }

type Counter int

func (c *Counter) Inc() { *c++ }
func (c Counter) Get() int { return int(c) * 10 }

func main() {
	var s Stack
	for i := 0; i < 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, s.Len())
	fmt.Println(s.Pop(), s.Pop(), s)
	ps := &s
	ps.Push(100)
	fmt.Println(ps.Len(), *ps)
	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc
	inc()
	fmt.Println(c, c.Get())
	cs := []Counter{1, 2}
	cs[1].Inc()
	fmt.Println(cs, cs[1].Get())
	defer c.Inc()
	defer fmt.Println(c.Get())
}
