package main

import "fmt"

func main() {
	a := struct {
		x int
		s string
	}{1, "one"}
	b := struct {
		x int
		s string
	}{x: 1, s: "one"}
	fmt.Println(a, b, a == b)
	ps := []struct {
		n  int
		ok bool
	}{{1, true}, {2, false}}
	ps = append(ps, struct {
		n  int
		ok bool
	}{3, true})
	for _, p := range ps {
		if p.ok {
			fmt.Println(p.n)
		}
	}
	var z struct{ q *int }
	fmt.Println(z.q == nil)
	v := 4
	z.q = &v
	*z.q++
	fmt.Println(v)
	pa := &struct{ a, b int }{2, 3}
	pa.a, pa.b = pa.b, pa.a
	fmt.Println(*pa, pa)
}
