package main

import "fmt"

type T struct{ a, b int }

func blocks() {
	var p, q *int
	{
		x := 1
		p = &x
	}
	{
		y := 2
		q = &y
	}
	{
		z := 3
		_ = &z
		*p += 10
	}
	fmt.Println("blocks", *p, *q)
}

func ifElse(c bool) {
	var p *T
	if c {
		t := T{1, 2}
		p = &t
	} else {
		u := T{3, 4}
		p = &u
	}
	if !c {
		w := T{5, 6}
		_ = &w
		w.a++
	} else {
		v := T{7, 8}
		pv := &v
		pv.b = 80
		fmt.Println("v", *pv)
	}
	fmt.Println("ifElse", *p)
}

func switchScopes(k int) {
	var ps []*int
	var last *int
	for i := 0; i < 3; i++ {
		switch (i + k) % 3 {
		case 0:
			a := 100 + i
			last = &a
		case 1:
			b := 200 + i
			ps = append(ps, &b)
		default:
			c := 300 + i
			last = &c
		}
	}
	fmt.Print("switch ", *last)
	for _, p := range ps {
		fmt.Print(" ", *p)
	}
	fmt.Println()
}

func allocsInBlocks() {
	var p, q *T
	{
		p = &T{1, 1}
	}
	{
		q = &T{2, 2}
	}
	{
		r := new(T)
		r.a = 99
	}
	{
		s := []int{7, 7, 7}
		s[0]++
	}
	fmt.Println("allocsInBlocks", *p, *q)
}

func closuresInBlocks() {
	var f, g func() int
	{
		a := 5
		f = func() int { return a }
	}
	{
		b := 6
		g = func() int { return b * 2 }
	}
	{
		c := 7
		h := func() int { return c * 3 }
		_ = h()
	}
	fmt.Println("closuresInBlocks", f(), g())
}

func sequentialReuse() {
	// same pattern twice in one function: two distinct slots
	x := 10
	p := &x
	y := 20
	q := &y
	*p, *q = *q, *p
	fmt.Println("sequentialReuse", x, y, *p, *q)
}

func main() {
	blocks()
	ifElse(true)
	ifElse(false)
	switchScopes(0)
	switchScopes(1)
	switchScopes(2)
	allocsInBlocks()
	closuresInBlocks()
	sequentialReuse()
}
