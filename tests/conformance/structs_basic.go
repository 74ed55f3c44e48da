package main

import "fmt"

type Person struct {
	name  string
	age   int
	admin bool
	tags  []string
	err   error
	extra any
}

type Point struct{ x, y int }

func main() {
	var zero Person
	fmt.Println("zero:", zero.name == "", zero.age, zero.admin, zero.tags == nil, zero.err == nil, zero.extra == nil)
	fmt.Println(zero)
	p := Person{name: "ann", age: 30}
	p.age++
	p.admin = true
	p.tags = append(p.tags, "x", "y")
	p.extra = 42
	fmt.Println(p.name, p.age, p.admin, p.tags, len(p.tags), p.extra)
	fmt.Println(p)
	pt := Point{3, 4}
	pt2 := Point{y: 1}
	pt3 := Point{}
	fmt.Println(pt, pt2, pt3)
	pt.x, pt.y = pt.y, pt.x
	fmt.Println("swapped:", pt)
	cp := pt
	cp.x = 100
	fmt.Println("copy independent:", pt, cp)
	var q Point
	q.y = pt.x*10 + pt.y
	fmt.Println(q)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Println("after panic p.age:", p.age)
	}()
	defer func() { p.age = 99 }()
	idx := p.age
	fmt.Println(p.tags[idx])
}
