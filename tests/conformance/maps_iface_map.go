package main

import "fmt"

type Shape interface {
	Area() int
}

type Sq struct{ S int }
type Rect struct{ W, H int }

func (s Sq) Area() int    { return s.S * s.S }
func (r *Rect) Area() int { return r.W * r.H }

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }
func (c Counter) Len() int     { return len(c) }

func describe(x any) {
	switch v := x.(type) {
	case map[string]int:
		fmt.Println("map[string]int", len(v))
	case Counter:
		fmt.Println("Counter", v.Len())
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println("other", v)
	}
}

func main() {
	shapes := map[Shape]string{}
	r := &Rect{2, 3}
	shapes[Sq{2}] = "sq2"
	shapes[r] = "rect"
	shapes[Sq{2}] += "!"
	shapes[&Rect{2, 3}] = "other rect"
	fmt.Println(len(shapes), shapes[Sq{2}], shapes[r])
	total := 0
	for s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)
	c := Counter{}
	c.Inc("a")
	c.Inc("a")
	c.Inc("b")
	fmt.Println(c, c.Len())
	describe(c)
	describe(map[string]int{"x": 1})
	describe(nil)
	var nc Counter
	describe(nc)
	var x any = c
	if cc, ok := x.(Counter); ok {
		cc.Inc("z")
	}
	fmt.Println(c)
	_, ok := x.(map[string]int)
	fmt.Println(ok)
}
