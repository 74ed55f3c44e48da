package main

import "fmt"

type Point struct{ x, y int }

func swap(a, b *int) {
	*a, *b = *b, *a
}

func setPoint(p *Point, x, y int) {
	p.x = x
	(*p).y = y
}

func main() {
	x := 1
	p := &x
	*p = 5
	fmt.Println(x, *p, p == &x, p != nil)
	y := 10
	swap(&x, &y)
	fmt.Println("swapped:", x, y)
	q := new(int)
	fmt.Println("new int:", *q)
	*q += 3
	pp := &q
	**pp = 7
	fmt.Println(*q, **pp)
	pt := &Point{1, 2}
	pt.x = 10
	fmt.Println(pt.x, pt.y, *pt, pt)
	setPoint(pt, 3, 4)
	fmt.Println(*pt)
	var v Point
	setPoint(&v, 8, 9)
	fmt.Println(v)
	np := new(Point)
	fmt.Println("new struct:", *np, np)
	a := &Point{1, 1}
	b := &Point{1, 1}
	fmt.Println("distinct pointers:", a == b, "equal values:", *a == *b)
	c := a
	c.y = 50
	fmt.Println("alias:", a.y, c == a)
	var nilp *Point
	fmt.Println("nil:", nilp == nil, nilp)
	ps := &v.x
	*ps = 100
	fmt.Println("field pointer:", v)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println("element pointer:", s)
	sp := &s
	*sp = append(*sp, 4)
	fmt.Println("slice pointer:", s, len(*sp))
}
