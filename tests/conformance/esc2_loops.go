package main

import "fmt"

// Loop shapes: range over int/string/map/array keys with addresses taken, labeled
// break/continue, middle-level variables of nested loops, switches, allocations in
// conditions and post statements.

type N struct {
	v    int
	next *N
}

var sink []*int

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*23 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[5]
}

func rangeIntAddr() []*int {
	var out []*int
	for i := range 4 {
		out = append(out, &i)
	}
	return out
}

func rangeIntPrev() (int, int) {
	var prev, cur *int
	for i := range 5 {
		prev = cur
		cur = &i
	}
	return *prev, *cur
}

func rangeStringAddr() ([]*int, []*rune) {
	var ks []*int
	var rs []*rune
	for k, r := range "héllo" {
		ks = append(ks, &k)
		rs = append(rs, &r)
	}
	return ks, rs
}

func rangeMapAddr() int {
	m := map[int]int{1: 10, 2: 20, 3: 30}
	var ps []*int
	for k, v := range m {
		ps = append(ps, &v)
		_ = k
	}
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}

func rangeArrayKeep() *[2]int {
	var keep *[2]int
	grid := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	for i, row := range grid {
		if i == 1 {
			keep = &row
		}
	}
	grid[1][0] = 99
	return keep
}

func labeled() []int {
	var kept []*N
	var last *N
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			n := &N{v: i*10 + j}
			if j == 2 {
				last = n
				continue outer
			}
			if i == 3 {
				kept = append(kept, n)
				break outer
			}
			n.next = last
		}
	}
	var out []int
	for _, k := range kept {
		out = append(out, k.v)
	}
	for p := last; p != nil; p = p.next {
		out = append(out, p.v)
	}
	return out
}

func middleLevel() []int {
	var out []int
	var mids []*int
	for i := 0; i < 3; i++ {
		var mid *int
		for j := 0; j < 3; j++ {
			x := i*100 + j
			if j == 1 {
				mid = &x
			}
		}
		mids = append(mids, mid)
		scribble(2)
		out = append(out, *mid)
	}
	for _, m := range mids {
		out = append(out, *m)
	}
	return out
}

func middleNew() []int {
	var out []int
	for i := 0; i < 3; i++ {
		var chain *N
		for j := 0; j < 4; j++ {
			chain = &N{v: i*10 + j, next: chain}
		}
		for p := chain; p != nil; p = p.next {
			out = append(out, p.v)
		}
	}
	return out
}

func switchInLoop() []int {
	var a, b, c *int
	for i := 0; i < 6; i++ {
		x := i
		switch i % 3 {
		case 0:
			a = &x
		case 1:
			b = &x
			fallthrough
		default:
			c = &x
		}
	}
	return []int{*a, *b, *c}
}

func condAlloc() []int {
	var out []int
	var ps []*N
	i := 0
	for n := (&N{v: 0}); n.v < 3; n = (&N{v: n.v + 1, next: n}) {
		ps = append(ps, n)
		i++
	}
	for _, p := range ps {
		out = append(out, p.v)
		if p.next != nil {
			out = append(out, p.next.v)
		}
	}
	return out
}

func condCall() []int {
	var out []int
	var held *N
	check := func(n *N) bool { held = n; return n.v < 3 }
	for i := 0; check((&N{v: i})); i++ {
		out = append(out, held.v)
	}
	out = append(out, held.v)
	return out
}

func postAddr() []int {
	var ps []*int
	for i := 0; i < 4; ps = append(ps, &i) {
		i += 1
	}
	var out []int
	for _, p := range ps {
		out = append(out, *p)
	}
	return out
}

func whileCarry() []int {
	var out []int
	var prev *[3]int
	n := 0
	for n < 4 {
		arr := [3]int{n, n * n, n * n * n}
		if prev != nil {
			out = append(out, prev[1])
		}
		prev = &arr
		n++
	}
	out = append(out, prev[2])
	return out
}

func continueKeep() []int {
	var keep []*int
	for i := 0; i < 6; i++ {
		x := i * 7
		p := &x
		if i%2 == 0 {
			continue
		}
		keep = append(keep, p)
	}
	var out []int
	for _, k := range keep {
		out = append(out, *k)
	}
	return out
}

func deepNest() int {
	var p *int
	for a := 0; a < 2; a++ {
		for b := range 2 {
			for _, c := range []int{1, 2} {
				for d := 0; d < 2; d++ {
					v := a*1000 + b*100 + c*10 + d
					if a == 0 && b == 1 && c == 2 && d == 0 {
						p = &v
					}
				}
			}
		}
	}
	return *p
}

func main() {
	for _, p := range rangeIntAddr() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(rangeIntPrev())
	ks, rs := rangeStringAddr()
	scribble(3)
	for i := range ks {
		fmt.Print(*ks[i], string(*rs[i]), " ")
	}
	fmt.Println()
	fmt.Println("map", rangeMapAddr())
	k := rangeArrayKeep()
	scribble(3)
	fmt.Println("row", *k)
	fmt.Println("labeled", labeled())
	fmt.Println("middle", middleLevel())
	fmt.Println("middleNew", middleNew())
	fmt.Println("switch", switchInLoop())
	fmt.Println("cond", condAlloc())
	fmt.Println("condCall", condCall())
	fmt.Println("post", postAddr())
	fmt.Println("while", whileCarry())
	fmt.Println("continue", continueKeep())
	fmt.Println("deep", deepNest())
}
