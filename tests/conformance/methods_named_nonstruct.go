package main

import "fmt"

type Count int
type Names []string
type Word string
type Op func(int, int) int

func (c Count) Double() Count { return c * 2 }
func (c *Count) Incr()        { *c++ }
func (c Count) IsZero() bool  { return c == 0 }

func (n Names) Len() int { return len(n) }
func (n Names) First() string {
	return n[0]
}
func (n Names) Upper0() {
	n[0] = n[0] + "!"
}
func (n *Names) Push(s string) { *n = append(*n, s) }

func (w Word) Twice() Word { return w + w }

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var c Count
	fmt.Println(c.IsZero())
	c.Incr()
	c.Incr()
	fmt.Println(c, c.Double(), Count(21).Double(), c.IsZero())
	ns := Names{"ann"}
	ns.Push("bob")
	ns.Push("cy")
	fmt.Println(ns, ns.Len(), ns.First())
	ns.Upper0()
	fmt.Println("value receiver shares backing array:", ns)
	w := Word("ab")
	fmt.Println(w.Twice(), Word("x").Twice().Twice())
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(3, 4))
	var sub Op = func(a, b int) int { return a - b }
	fmt.Println(sub.Apply(3, 4), sub(10, 1))
	pc := &c
	pc.Incr()
	fmt.Println(pc.Double(), c)
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("c at recover:", c)
	}()
	defer c.Incr()
	var empty Names
	fmt.Println(empty.Len())
	fmt.Println(empty.First())
}
