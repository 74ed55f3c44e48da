package main

import "fmt"

func main() {
	type L struct {
		v    int
		next *L
	}
	var h *L
	for i := 0; i < 4; i++ {
		h = &L{i, h}
	}
	s := 0
	for p := h; p != nil; p = p.next {
		s = s*10 + p.v
	}
	fmt.Println(s, h.next.next.next.next == nil)
	fmt.Println(*h.next.next.next)
	fmt.Println(h.next.next.next)
	type G struct {
		id  int
		sub []G
	}
	g := G{1, []G{{2, []G{{4, nil}}}, {3, nil}, {5, nil}}}
	var walk func(G) int
	walk = func(g G) int {
		t := g.id
		for _, c := range g.sub {
			t += walk(c)
		}
		return t
	}
	fmt.Println(walk(g), len(g.sub), g.sub[2].id)
	fmt.Println(g.sub[0])
}
