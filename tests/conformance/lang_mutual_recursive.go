package main

import "fmt"

type A struct {
	name string
	b    *B
	bs   []B
}
type B struct {
	id int
	as []A
	ok bool
}

func (a A) Size() int {
	n := len(a.bs)
	for _, b := range a.bs {
		for _, x := range b.as {
			n += x.Size()
		}
	}
	return n
}

func main() {
	a := A{name: "root", bs: []B{{1, nil, true}, {2, []A{{name: "leaf"}}, false}}}
	fmt.Println(a.Size(), a.bs[1].as[0].name)
	fmt.Println(a.bs[0], a.bs[1].id, a.bs[1].ok)
	fmt.Println(a.bs)
	a.b = &a.bs[1]
	a.b.id = 20
	fmt.Println(a.bs[1].id, *a.b)
	var x any = a.bs[1]
	y := x.(B)
	fmt.Println(y.as[0].name, len(y.as))
	fmt.Println(B{3, []A{{name: "p"}, {name: "q"}}, true})
}
