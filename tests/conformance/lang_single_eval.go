package main

import "fmt"

type T struct{ n, m int }

var calls int
var store = []T{{1, 1}, {2, 2}, {3, 3}}
var one = &T{}

func idx() int { calls++; return calls % 3 }
func get() *T  { calls += 10; return one }

func main() {
	store[idx()].n++
	store[idx()].m += 5
	get().n += 7
	get().m++
	*(&store[idx()].n) *= 3
	fmt.Println(store, *one, calls)
	ps := []*int{&store[0].n, &one.m}
	*ps[idx()%2] += 1000
	fmt.Println(store[0], *one, calls)
	i := 0
	store[i], i = T{i, i}, 2
	fmt.Println(store, i)
}
