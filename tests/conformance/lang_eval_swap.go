package main

import "fmt"

type P struct {
	x, y int
}

func main() {
	p := &P{1, 2}
	p.x, p.y = p.y, p.x
	fmt.Println(*p, p.x, p.y)
	q := P{3, 4}
	q.x, q.y = q.y+10, q.x+20
	fmt.Println(q)
	a := []P{{1, 2}, {3, 4}}
	a[0], a[1] = a[1], a[0]
	fmt.Println(a[0], a[1], len(a))
	r := &a[1]
	r.x, a[1].y = a[1].y, r.x
	fmt.Println(a[1], *r)
	i := 0
	i, a[i].x = 1, 99
	fmt.Println(i, a)
}
