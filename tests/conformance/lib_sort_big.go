package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, id int
}

// counted sorts recs by key, folding each Less and Swap call into a checksum.
type counted struct {
	r            []rec
	less, swaps  int
	sum          uint64
}

func (c *counted) Len() int { return len(c.r) }

func (c *counted) Less(i, j int) bool {
	c.less++
	c.sum = c.sum*1000003 + uint64(i)*31 + uint64(j)
	return c.r[i].key < c.r[j].key
}

func (c *counted) Swap(i, j int) {
	c.swaps++
	c.sum = c.sum*1000033 + uint64(i)*17 + uint64(j) + 5
	c.r[i], c.r[j] = c.r[j], c.r[i]
}

func gen(n, shape, mod int) *counted {
	seed := uint32(n*7919 + shape*104729 + mod)
	r := make([]rec, n)
	for i := range r {
		seed = seed*1664525 + 1013904223
		var k int
		switch shape {
		case 0:
			k = int(seed>>8) % mod
		case 1:
			k = i / mod
		case 2:
			k = (n - i) / mod
		case 3:
			k = i % mod
		case 4:
			k = min(i, n-i) / mod
		case 5:
			k = 7
		case 6:
			k = i
			if seed%17 == 0 {
				k = int(seed>>8) % (n + 1)
			}
		case 7: // two interleaved runs
			if i%2 == 0 {
				k = i
			} else {
				k = n - i
			}
		}
		r[i] = rec{k, i}
	}
	return &counted{r: r}
}

// digest folds the final order into one number.
func digest(r []rec) uint64 {
	var h uint64
	for _, x := range r {
		h = h*1099511628211 + uint64(x.key)*65537 + uint64(x.id)
	}
	return h
}

func main() {
	for _, n := range []int{49, 50, 64, 100, 127, 500, 1000, 4096} {
		for shape := 0; shape <= 7; shape++ {
			for _, mod := range []int{1, 2, 5, 37, 1 << 20} {
				c := gen(n, shape, mod)
				sort.Sort(c)
				fmt.Println("Sort", n, shape, mod, c.less, c.swaps, c.sum, digest(c.r), sort.IsSorted(c))
				c = gen(n, shape, mod)
				sort.Stable(c)
				fmt.Println("Stable", n, shape, mod, c.less, c.swaps, c.sum, digest(c.r))
				c = gen(n, shape, mod)
				sort.Sort(sort.Reverse(c))
				fmt.Println("Reverse", n, shape, mod, c.less, c.swaps, c.sum, digest(c.r))
				if n == 50 && mod == 5 {
					fmt.Println(c.r)
				}
			}
		}
	}
}
