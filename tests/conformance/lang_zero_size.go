package main

import "fmt"

type E struct{}

type W struct {
	a E
	b int
	c E
}

func (E) Hello() string { return "hi" }
func (e *E) Ptr() string  { return "ptr" }

func main() {
	var e E
	f := E{}
	fmt.Println(e, f, e == f, e.Hello(), e.Ptr())
	w := W{b: 3}
	fmt.Println(w, w == W{E{}, 3, E{}})
	es := make([]E, 5)
	es = append(es, E{})
	fmt.Println(len(es), es)
	p := new(E)
	fmt.Println(*p, p.Hello(), p.Ptr())
	var x any = E{}
	fmt.Println(x == any(E{}), x)
	ws := []W{{b: 1}, {b: 2}}
	for _, v := range ws {
		fmt.Println(v.b, v.a.Hello())
	}
	pw := &ws[1]
	pw.b += 40
	fmt.Println(ws)
}
