package main

import "fmt"

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

func (r Rect) Scaled(k int) Rect {
	r.w *= k
	r.h *= k
	return r
}

func (r Rect) TryGrow() {
	r.w += 100
	fmt.Println("inside TryGrow:", r)
}

func (r Rect) IsSquare() bool { return r.w == r.h }

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Area(), r.IsSquare())
	s := r.Scaled(2)
	fmt.Println(r, s, s.Area())
	r.TryGrow()
	fmt.Println("after TryGrow:", r)
	p := &r
	fmt.Println("through pointer:", p.Area(), (*p).Area())
	p.TryGrow()
	fmt.Println("still:", r)
	fmt.Println("on literal:", Rect{5, 5}.IsSquare(), Rect{2, 3}.Scaled(3).Area())
	rs := []Rect{{1, 1}, {2, 3}}
	for _, x := range rs {
		fmt.Println(x, x.Area())
	}
	fmt.Println(rs[1].Scaled(10))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var np *Rect
	fmt.Println("calling value method through nil pointer")
	np.Area()
}
