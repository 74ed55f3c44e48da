package main

import "fmt"

type ID int
type Label string
type Pair struct{ a, b int }
type Other struct{ a, b int }

func show(id ID, l Label) {
	fmt.Println("show:", id, l)
}

func main() {
	id := ID(1)
	lab := Label("first")
	defer show(id, lab)
	defer fmt.Println("converted at defer:", int(id)+100, string(lab)+"?")
	id = 2
	lab = "second"
	defer func() { show(id, lab) }()
	p := Pair{1, 2}
	o := Other(p)
	o.a = 9
	fmt.Println(p, o, Pair(o) == Pair{9, 2})
	anon := struct{ a, b int }{5, 6}
	p = anon
	fmt.Println("anon assigned:", p)
	raw := 40
	id = ID(raw) + 2
	fmt.Println("id:", id, int(id) == 42)
	defer func() {
		r := recover()
		if l, ok := r.(Label); ok {
			fmt.Println("label panic:", l, string(l)+"!")
		} else {
			fmt.Println("other panic:", r)
		}
	}()
	panic(Label("boom"))
}
