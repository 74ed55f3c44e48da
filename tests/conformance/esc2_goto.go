package main

import "fmt"

// Loops made by goto in places round 1 did not try: labels inside switch cases and if
// bodies, gotos out of for loops back to an outer label, goto loops inside closures,
// goto loops holding slices of frame arrays and closures by reference.

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*53 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[12]
}

func gotoInCase(k int) []int {
	var keep []*int
	var out []int
	switch k {
	case 1:
		i := 0
	again:
		v := i * 3
		keep = append(keep, &v)
		i++
		if i < 3 {
			goto again
		}
	default:
		out = append(out, -1)
	}
	scribble(4)
	for _, p := range keep {
		out = append(out, *p)
	}
	return out
}

func gotoOutOfFor() []int {
	var out []int
	var prev, cur *[2]int
	round := 0
top:
	for i := 0; i < 10; i++ {
		pair := [2]int{round, i}
		prev = cur
		cur = &pair
		if i == 1 {
			round++
			if round < 3 {
				goto top
			}
			break
		}
	}
	scribble(4)
	out = append(out, prev[0], prev[1], cur[0], cur[1])
	return out
}

func gotoSlices() [][]int {
	var out [][]int
	n := 0
loop:
	var buf [3]int
	buf[0], buf[1], buf[2] = n, n*n, n*n*n
	out = append(out, buf[:])
	n++
	if n < 4 {
		goto loop
	}
	return out
}

func gotoInClosure() []int {
	f := func() []int {
		var ps []*int
		var last *int
		j := 0
	L:
		x := j + 100
		if last != nil {
			ps = append(ps, last)
		}
		last = &x
		j++
		if j < 4 {
			goto L
		}
		ps = append(ps, last)
		var r []int
		for _, p := range ps {
			r = append(r, *p)
		}
		return r
	}
	scribble(3)
	return f()
}

func gotoByRef() []int {
	var fs []func() int
	k := 0
again:
	acc := k * 10
	fs = append(fs, func() int { acc++; return acc })
	acc += 5
	k++
	if k < 3 {
		goto again
	}
	var out []int
	for _, f := range fs {
		out = append(out, f(), f())
	}
	return out
}

func gotoIfBody(c bool) []int {
	var keep []*int
	if c {
		i := 0
	L:
		{
			y := i + 200
			keep = append(keep, &y)
		}
		i++
		if i < 3 {
			goto L
		}
	}
	var out []int
	for _, p := range keep {
		out = append(out, *p)
	}
	return out
}

func gotoStruct() []int {
	type T struct {
		v    int
		prev *T
	}
	var head *T
	i := 0
next:
	t := T{v: i, prev: head}
	head = &t
	i++
	if i < 5 {
		goto next
	}
	var out []int
	for p := head; p != nil; p = p.prev {
		out = append(out, p.v)
	}
	return out
}

func main() {
	fmt.Println("inCase", gotoInCase(1), gotoInCase(2))
	fmt.Println("outOfFor", gotoOutOfFor())
	fmt.Println("slices", gotoSlices())
	fmt.Println("closure", gotoInClosure())
	fmt.Println("byRef", gotoByRef())
	fmt.Println("ifBody", gotoIfBody(true))
	fmt.Println("struct", gotoStruct())
}
