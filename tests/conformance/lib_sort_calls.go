package main

import (
	"fmt"
	"sort"
)

// rec is an element with a key to sort by and an id that shows where equal keys end up.
type rec struct {
	key, id int
}

// traced sorts recs by key and prints every Less and Swap call.
type traced []rec

func (t traced) Len() int { return len(t) }

func (t traced) Less(i, j int) bool {
	r := t[i].key < t[j].key
	fmt.Print("L", i, ",", j, "=", r, " ")
	return r
}

func (t traced) Swap(i, j int) {
	fmt.Print("S", i, ",", j, " ")
	t[i], t[j] = t[j], t[i]
}

// gen makes n recs with keys from one of several shapes, using a fixed LCG.
func gen(n, shape, mod int) traced {
	seed := uint32(n*7919 + shape*104729 + mod)
	t := make(traced, n)
	for i := range t {
		seed = seed*1664525 + 1013904223
		var k int
		switch shape {
		case 0: // random
			k = int(seed>>8) % mod
		case 1: // sorted
			k = i / mod
		case 2: // reversed
			k = (n - i) / mod
		case 3: // sawtooth
			k = i % mod
		case 4: // organ pipe
			k = min(i, n-i) / mod
		case 5: // all equal
			k = 7
		case 6: // sorted with a few swaps
			k = i
			if seed%17 == 0 {
				k = int(seed>>8) % (n + 1)
			}
		}
		t[i] = rec{k, i}
	}
	return t
}

func show(t traced) {
	fmt.Println()
	for _, r := range t {
		fmt.Print(r.key, ":", r.id, " ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{0, 1, 2, 3, 5, 12, 13, 20, 21, 50, 51} {
		for shape := 0; shape <= 6; shape++ {
			for _, mod := range []int{1, 3, 1000} {
				fmt.Println("== Sort", n, shape, mod)
				t := gen(n, shape, mod)
				sort.Sort(t)
				show(t)
				fmt.Println("== Stable", n, shape, mod)
				t = gen(n, shape, mod)
				sort.Stable(t)
				show(t)
				fmt.Println("== Reverse", n, shape, mod)
				t = gen(n, shape, mod)
				sort.Sort(sort.Reverse(t))
				show(t)
				fmt.Println("IsSorted", sort.IsSorted(t), sort.IsSorted(sort.Reverse(t)))
			}
		}
	}
}
