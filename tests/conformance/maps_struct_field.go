package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
	subs  map[string]*Registry
}

func NewRegistry(name string) *Registry {
	return &Registry{name: name, items: make(map[string]int)}
}

func (r *Registry) Add(k string, v int) {
	r.items[k] += v
}

func (r *Registry) Sub(name string) *Registry {
	if r.subs == nil {
		r.subs = map[string]*Registry{}
	}
	s, ok := r.subs[name]
	if !ok {
		s = NewRegistry(name)
		r.subs[name] = s
	}
	return s
}

func (r Registry) Total() int {
	t := 0
	for _, v := range r.items {
		t += v
	}
	for _, s := range r.subs {
		t += s.Total()
	}
	return t
}

func main() {
	r := NewRegistry("root")
	r.Add("a", 1)
	r.Add("a", 2)
	r.Sub("x").Add("b", 10)
	r.Sub("x").Sub("y").Add("c", 100)
	r.Sub("z")
	fmt.Println(r.items, len(r.subs), r.Total())
	copyR := *r
	copyR.items["shared"] = 1000
	fmt.Println(r.Total(), r.items)
	var empty Registry
	fmt.Println(empty.items == nil, empty.Total(), len(empty.subs))
}
