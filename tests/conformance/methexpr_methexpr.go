package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec   { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)    { v.X *= k; v.Y *= k }
func (v Vec) String() string { return "V" }

type Table map[string]Vec

func (t Table) Put(k string, v Vec) { t[k] = v }

func main() {
	add := Vec.Add
	scale := (*Vec).Scale
	v := Vec{1, 2}
	w := add(v, Vec{3, 4})
	scale(&w, 10)
	fmt.Println(w.X, w.Y)
	ops := map[string]func(Vec, Vec) Vec{"add": Vec.Add}
	fmt.Println(ops["add"](v, v).X)
	put := Table.Put
	t := Table{}
	put(t, "a", v)
	fmt.Println(len(t), t["a"].X)
	addp := (*Vec).Add
	fmt.Println(addp(&v, v).Y)
	m := map[string]*Vec{"p": {5, 5}}
	scale(m["p"], 2)
	fmt.Println(m["p"].X, *m["p"])
	fmt.Println(t)
}
