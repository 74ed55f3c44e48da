package main

import "fmt"

// For loops whose post statement makes closures over (or takes the address of) the loop
// variables it also assigns: with Go 1.22 semantics the post statement runs on the next
// iteration's fresh copy, and a closure made there sees that copy's later values.

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*61 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[14]
}

func apply(f func() int) int { return f() }

func postClosureParallel() []int {
	var out []int
	var f func() int
	for i := 0; i < 3; i, f = i+1, func() int { return i } {
		if f != nil {
			out = append(out, f(), i)
		}
	}
	return append(out, f())
}

func postClosureOpAssign() []int {
	var out []int
	var fs []func() int
	for i := 1; i < 50; i += apply(func() int { fs = append(fs, func() int { return i }); return i }) {
		out = append(out, i)
	}
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func postClosureInitVar() []int {
	var out []int
	for i, g := 0, func() int { return -1 }; i < 4; i, g = i+1, func() int { return i * 10 } {
		out = append(out, g())
	}
	return out
}

func postClosureTwoVars() []int {
	var h func() (int, int)
	var out []int
	for i, j := 0, 100; i < 3; i, h = i+1, func() (int, int) { return i, j } {
		j++
		if h != nil {
			a, b := h()
			out = append(out, a, b)
		}
	}
	a, b := h()
	return append(out, a, b)
}

func postAddrParallel() []int {
	var out []int
	var ps []*int
	for i, p := 0, (*int)(nil); i < 4; i, p = i+1, &i {
		if p != nil {
			out = append(out, *p)
			ps = append(ps, p)
		}
	}
	scribble(4)
	for _, p := range ps {
		out = append(out, *p)
	}
	return out
}

func postClosureByRefBody() []int {
	// the body assigns i too: captured by reference anyway
	var out []int
	var f func() int
	for i := 0; i < 3; i, f = i+1, func() int { return i } {
		i += 0
		if f != nil {
			out = append(out, f())
		}
	}
	return append(out, f())
}

func postClosureCalledInCond() []int {
	var out []int
	var f func() int
	for i := 0; f == nil || f() < 3; i, f = i+1, func() int { return i } {
		out = append(out, i)
	}
	return out
}

func postAlloc() []int {
	var out []int
	var keep []*[2]int
	for i, a := 0, &[2]int{}; i < 3; i, a = i+1, &[2]int{i, i * i} {
		keep = append(keep, a)
	}
	scribble(4)
	for _, k := range keep {
		out = append(out, k[0], k[1])
	}
	return out
}

func postClosureAddr() []int {
	var ps []*int
	for i := 0; i < 3; func() { ps = append(ps, &i); i++ }() {
	}
	var last *int
	var vals []int
	for i := 0; i < 4; func() { last = &i; i++ }() {
		if last != nil {
			vals = append(vals, *last)
			*last += 100
		}
	}
	scribble(4)
	for _, p := range ps {
		vals = append(vals, *p)
	}
	return append(vals, *last)
}

func main() {
	fmt.Println("parallel", postClosureParallel())
	fmt.Println("opAssign", postClosureOpAssign())
	fmt.Println("initVar", postClosureInitVar())
	fmt.Println("twoVars", postClosureTwoVars())
	fmt.Println("addr", postAddrParallel())
	fmt.Println("byRefBody", postClosureByRefBody())
	fmt.Println("calledInCond", postClosureCalledInCond())
	fmt.Println("alloc", postAlloc())
	fmt.Println("closureAddr", postClosureAddr())
}
