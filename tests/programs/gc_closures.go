package main

import (
	"fmt"
	"sort"
	"strings"
)

// Counter has methods used as method values.
type Counter struct {
	name string
	n    int
	hist []int
}

func (c *Counter) Add(d int) int {
	c.n += d
	c.hist = append(c.hist, d)
	return c.n
}

func (c Counter) Describe() string { return fmt.Sprintf("%s=%d/%d", c.name, c.n, len(c.hist)) }

// Shape is implemented by pointer and value types.
type Shape interface{ Area() int }

type Rect struct{ w, h int }
type Circle struct {
	r    int
	name *string
}

func (r Rect) Area() int    { return r.w * r.h }
func (c *Circle) Area() int { return 3 * c.r * c.r }

func makeAdder(base int) func(int) int {
	big := make([]int, 100)
	for i := range big {
		big[i] = base + i
	}
	return func(x int) int { return x + big[99] - big[0] + base }
}

func makeAccum(tag string) (func(string), func() string) {
	parts := []string{}
	return func(s string) { parts = append(parts, tag+s) }, func() string { return strings.Join(parts, ",") }
}

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		f := makeAdder(i)
		s += f(1) & 3
	}
	return s
}

func main() {
	var fs []func(int) int
	for i := 0; i < 1000; i++ {
		fs = append(fs, makeAdder(i*10))
	}
	fm := map[string]func() string{}
	var adds []func(string)
	for i := 0; i < 200; i++ {
		add, get := makeAccum(fmt.Sprint("t", i, ":"))
		adds = append(adds, add)
		fm[fmt.Sprintf("g%03d", i)] = get
	}
	counters := []*Counter{}
	var methods []func(int) int
	var describes []func() string
	for i := 0; i < 100; i++ {
		c := &Counter{name: fmt.Sprint("c", i)}
		counters = append(counters, c)
		methods = append(methods, c.Add)
		if i%10 == 0 {
			describes = append(describes, c.Describe) // copies the receiver now
		}
	}
	var shapes []any
	for i := 0; i < 3000; i++ {
		switch i % 4 {
		case 0:
			shapes = append(shapes, Rect{i, 2})
		case 1:
			nm := fmt.Sprint("circle", i)
			shapes = append(shapes, &Circle{r: i % 10, name: &nm})
		case 2:
			shapes = append(shapes, fmt.Sprint("str", i))
		default:
			shapes = append(shapes, []int{i, i + 1})
		}
	}
	for round := 0; round < 10; round++ {
		g := churn(20000)
		for i, a := range adds {
			a(fmt.Sprint(round*1000 + i))
		}
		for i, m := range methods {
			m(i + round)
		}
		s := 0
		for i, f := range fs {
			s += f(i)
		}
		fmt.Println("round", round, g, s)
	}
	ks := make([]string, 0, len(fm))
	for k := range fm {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks[:3] {
		fmt.Println(k, fm[k]())
	}
	totalLen := 0
	for _, k := range ks {
		totalLen += len(fm[k]())
	}
	fmt.Println("accum total", totalLen)
	for _, d := range describes {
		fmt.Println(d())
	}
	cs := 0
	for _, c := range counters {
		cs += c.n + len(c.hist)
	}
	fmt.Println("counters", cs, counters[99].Describe())
	area, strs, sl := 0, 0, 0
	for _, x := range shapes {
		switch v := x.(type) {
		case Shape:
			area += v.Area()
			if c, ok := v.(*Circle); ok {
				strs += len(*c.name)
			}
		case string:
			strs += len(v)
		case []int:
			sl += v[1] - v[0] + v[0]%3
		}
	}
	fmt.Println("shapes", area, strs, sl)
	var ifs []Shape
	for i := 0; i < 50000; i++ {
		nm := "x"
		var sh Shape = &Circle{r: i % 7, name: &nm}
		if i%1000 == 0 {
			ifs = append(ifs, sh)
		}
		ifs2 := []Shape{Rect{1, i}, sh}
		_ = ifs2
	}
	a := 0
	for _, s := range ifs {
		a += s.Area()
	}
	fmt.Println("ifaces", len(ifs), a)
}
