package main

import "fmt"

type Num = int
type Point struct{ x, y int }
type Pt = Point
type Meters int
type M = Meters

func sum(xs []Num) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func (p Pt) Sum() int { return p.x + p.y }

func main() {
	var n Num = 5
	var i int = n
	i += n
	fmt.Println(n, i, sum([]int{1, 2, 3}))
	p := Pt{1, 2}
	var q Point = p
	q.x = 10
	fmt.Println(p, q, p.Sum(), q.Sum(), p == Point{1, 2})
	var m M = 3
	var mm Meters = m
	fmt.Println(m+mm, int(m)*2)
	var a any = n
	v, ok := a.(int)
	fmt.Println("alias is int:", v, ok)
	var b any = mm
	_, ok = b.(M)
	_, ok2 := b.(int)
	fmt.Println("M is Meters:", ok, "Meters is int:", ok2)
	type Local = Point
	l := Local{y: 7}
	fmt.Println(l, l.Sum())
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	panic(Pt{3, 4})
}
