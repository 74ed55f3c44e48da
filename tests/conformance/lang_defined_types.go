package main

import "fmt"

type Celsius int
type Temp Celsius
type Name = string
type Names []string
type Pt struct{ X, Y int }
type Pt2 Pt

func (c Celsius) Double() Celsius { return c * 2 }
func (n Names) Join() string {
	s := ""
	for i, x := range n {
		if i > 0 {
			s += ","
		}
		s += x
	}
	return s
}
func (p Pt2) Sum() int { return p.X + p.Y }

func main() {
	c := Celsius(21)
	t := Temp(c)
	fmt.Println(c.Double(), t, Celsius(t).Double())
	var n Name = "bob"
	var s string = n
	fmt.Println(n, s)
	ns := Names{"a", "b"}
	ns = append(ns, "c")
	fmt.Println(ns.Join(), len(ns), ns)
	p := Pt{1, 2}
	q := Pt2(p)
	fmt.Println(q.Sum(), q, Pt(q) == p)
	type Local struct{ v Celsius }
	l := Local{c.Double()}
	fmt.Println(l, l.v.Double())
	var x any = c
	_, ok := x.(int)
	y, ok2 := x.(Celsius)
	fmt.Println(ok, ok2, y)
	panic(Temp(5))
}
