package main

import "fmt"

type T struct{ v int }

func gotoAddr() {
	var p, q *int
	i := 0
again:
	x := i * 10
	q = p
	p = &x
	i++
	if i < 3 {
		goto again
	}
	fmt.Println("gotoAddr", *p, *q)
}

func gotoNew() {
	var all []*T
	var prev, cur *T
	i := 0
top:
	prev = cur
	cur = &T{i}
	n := new(int)
	*n = i + 100
	if i%2 == 1 {
		all = append(all, cur)
	}
	i++
	if i < 5 {
		goto top
	}
	fmt.Println("gotoNew", prev.v, cur.v, *n, len(all), all[0].v, all[1].v)
}

func gotoClosure() {
	var fs []func() int
	i := 0
loop:
	x := i
	fs = append(fs, func() int { return x * x })
	x += 1
	i++
	if i < 4 {
		goto loop
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

func gotoDefer() {
	i := 0
loop:
	x := i
	defer func() { fmt.Println("gotoDefer", x) }()
	x += 10
	i++
	if i < 3 {
		goto loop
	}
}

func gotoDeferPtr() {
	i := 0
loop:
	y := i
	p := &y
	defer func() { fmt.Println("gotoDeferPtr", *p) }()
	*p += 100
	i++
	if i < 3 {
		goto loop
	}
}

func gotoInBlock() {
	var first, second *int
	n := 0
	{
	L:
		v := n + 1
		if first == nil {
			first = &v
		} else if second == nil {
			second = &v
		}
		n++
		if n < 2 {
			goto L
		}
	}
	fmt.Println("gotoInBlock", *first, *second)
}

func gotoNested() {
	var keep []*int
	for i := 0; i < 2; i++ {
		j := 0
	inner:
		z := i*10 + j
		keep = append(keep, &z)
		var local *int
		local = &z
		_ = local
		j++
		if j < 3 {
			goto inner
		}
	}
	for _, p := range keep {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

func gotoCarry() {
	// pointer made in one goto-iteration and read in the next, without any heap store
	var last *T
	i := 0
again:
	t := T{i * 3}
	if last != nil {
		fmt.Print("last=", last.v, " t=", t.v, "; ")
	}
	last = &t
	i++
	if i < 4 {
		goto again
	}
	fmt.Println()
}

func main() {
	gotoAddr()
	gotoNew()
	gotoClosure()
	gotoDefer()
	gotoDeferPtr()
	gotoInBlock()
	gotoNested()
	gotoCarry()
}
