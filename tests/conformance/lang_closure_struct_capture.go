package main

import "fmt"

type Acc struct {
	total int
	hist  []int
}

func maker() (func(int), func() Acc, *Acc) {
	var a Acc
	add := func(x int) {
		a.total += x
		a.hist = append(a.hist, a.total)
	}
	get := func() Acc { return a }
	return add, get, &a
}

func main() {
	add, get, p := maker()
	add(1)
	add(2)
	snap := get()
	add(3)
	fmt.Println(snap.total, len(snap.hist), get().total, p.total)
	p.total = 100
	add(1)
	fmt.Println(get(), *p)
	snap.hist[0] = -1
	fmt.Println(p.hist[0])
	counters := []Acc{}
	for i := 0; i < 3; i++ {
		counters = append(counters, Acc{total: i})
	}
	fns := []func() int{}
	for _, c := range counters {
		fns = append(fns, func() int { c.total += 10; return c.total })
	}
	fmt.Println(fns[0](), fns[0](), fns[2](), counters)
}
