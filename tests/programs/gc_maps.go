package main

import (
	"fmt"
	"sort"
	"strconv"
)

// T is a value only reachable through a map.
type T struct {
	id   int
	name string
	vals []int
	peer *T
}

func newT(i int) *T {
	return &T{id: i, name: "t" + strconv.Itoa(i), vals: []int{i, i * 2, i * 3}}
}

func (t *T) ok(i int) bool {
	return t.id == i && t.name == "t"+strconv.Itoa(i) && len(t.vals) == 3 && t.vals[2] == 3*i
}

var global = map[int]*T{}

func main() {
	// map[string][]int whose slices grow.
	ms := map[string][]int{}
	for i := 0; i < 200000; i++ {
		k := "key" + strconv.Itoa(i%1000)
		ms[k] = append(ms[k], i)
	}
	keys := make([]string, 0, len(ms))
	for k := range ms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sum := 0
	for _, k := range keys {
		for _, v := range ms[k] {
			sum += v
		}
	}
	fmt.Println("ms", len(ms), sum, keys[0], ms[keys[0]][:5], len(ms["key999"]))

	// map[int]*T grows to 200k, most deleted, re-added, verified.
	for round := 0; round < 3; round++ {
		for i := 0; i < 200000; i++ {
			global[i] = newT(i)
			if i > 0 && i%3 == 0 {
				global[i].peer = global[i-1]
			}
		}
		fmt.Println("round", round, "size", len(global))
		for i := 0; i < 200000; i++ {
			if i%10 != 0 {
				delete(global, i)
			}
		}
		bad := 0
		psum := 0
		for i := 0; i < 200000; i += 10 {
			t, ok := global[i]
			if !ok || !t.ok(i) {
				bad++
				continue
			}
			if t.peer != nil {
				if !t.peer.ok(i - 1) {
					bad++
				}
				psum += t.peer.id
			}
		}
		fmt.Println("round", round, "after delete", len(global), "bad", bad, "peer sum", psum)
	}

	// Map of maps, inner maps only reachable through the outer one.
	mm := map[string]map[int]string{}
	for i := 0; i < 100000; i++ {
		outer := "o" + strconv.Itoa(i%97)
		inner, ok := mm[outer]
		if !ok {
			inner = map[int]string{}
			mm[outer] = inner
		}
		inner[i] = fmt.Sprint("v", i)
		if i%5 == 0 {
			delete(inner, i-3)
		}
	}
	total := 0
	bad := 0
	for j := 0; j < 97; j++ {
		inner := mm["o"+strconv.Itoa(j)]
		for k, v := range inner {
			if v != fmt.Sprint("v", k) {
				bad++
			}
			total += k
		}
	}
	fmt.Println("mm", len(mm), "total", total, "bad", bad, mm["o5"][5], len(mm["o5"]))

	// Struct values with pointers stored by value in a map.
	type rec struct {
		p *int
		s string
		b []byte
	}
	mr := map[int]rec{}
	for i := 0; i < 50000; i++ {
		x := new(int)
		*x = i * i
		mr[i] = rec{p: x, s: strconv.Itoa(i), b: []byte(strconv.Itoa(-i))}
		if i >= 1000 {
			delete(mr, i-1000)
		}
	}
	rs := 0
	for k, r := range mr {
		if *r.p != k*k || r.s != strconv.Itoa(k) || string(r.b) != strconv.Itoa(-k) {
			bad++
		}
		rs += *r.p % 1000
	}
	fmt.Println("mr", len(mr), rs, bad)

	// Clearing and refilling with new values, checking the old ones are kept elsewhere.
	keep := []*T{}
	for round := 0; round < 5; round++ {
		m := map[string]*T{}
		for i := 0; i < 40000; i++ {
			m[strconv.Itoa(i)] = newT(i + round)
		}
		keep = append(keep, m["123"], m["39999"])
		clear(m)
		fmt.Println("clear round", round, len(m))
	}
	for i, t := range keep {
		fmt.Println("keep", i, t.id, t.name, t.vals, t.ok(t.id))
	}
	fmt.Println("global again", len(global), global[199990].name, global[30].peer.name)
}
