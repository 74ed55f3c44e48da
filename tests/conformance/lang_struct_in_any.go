package main

import "fmt"

type P struct {
	x int
	s []int
}

func main() {
	p := P{1, []int{1}}
	var a any = p
	p.x = 2
	p.s[0] = 9
	q := a.(P)
	q.x = 3
	fmt.Println(a, p, q)
	var b any = &p
	pp := b.(*P)
	pp.x = 50
	fmt.Println(p.x, b.(*P).x)
	_, ok := b.(P)
	fmt.Println(ok)
	items := []any{P{1, nil}, &P{2, nil}, 3, "s", nil, P{}}
	cnt := 0
	for _, it := range items {
		if v, ok := it.(P); ok {
			cnt += v.x + 1
		}
		if v, ok := it.(*P); ok {
			v.x++
			cnt += v.x * 100
		}
	}
	fmt.Println(cnt, items[0] == any(P{1, nil}) == false)
	defer func() { fmt.Println(recover()) }()
	fmt.Println(items[0] == items[5])
}
