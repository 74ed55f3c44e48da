package main

import "fmt"

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

func main() {
	m := map[int]string{1: "a", 2: "bb", 3: "ccc"}
	n := 0
	for range m {
		n++
	}
	ks := 0
	for k := range m {
		ks += k
	}
	vl := 0
	for _, v := range m {
		vl += len(v)
	}
	var k int
	var v string
	cnt := 0
	for k, v = range m {
		cnt += k + len(v)
	}
	fmt.Println(n, ks, vl, cnt, k > 0, v != "")
	s := Set{}
	s.Add("x")
	s.Add("x")
	s.Add("y")
	fmt.Println(len(s), s.Has("x"), s.Has("z"), s)
	fns := []func(){}
	for k, v := range m {
		fns = append(fns, func() { m[k+10] = v + v })
	}
	for _, f := range fns {
		f()
	}
	fmt.Println(m)
}
