package main

import "fmt"

type In struct {
	a int
	s string
}
type Out struct {
	in  In
	ok  bool
	xs  []int
	e   error
	any any
}

func main() {
	p := &In{1, "x"}
	fmt.Println(p, *p)
	o := Out{in: In{2, "y"}, xs: []int{1, 2}}
	fmt.Println(o)
	fmt.Println(&o.in)
	o.any = In{3, "z"}
	fmt.Println(o.any, o)
	o.any = &In{4, ""}
	fmt.Println(o.any)
	ins := []In{{1, "a"}, {}}
	fmt.Println(ins)
	var np *In
	fmt.Println(np)
	fmt.Println(struct{}{}, &struct{}{})
	fmt.Print(In{5, "q"}, "\n")
	fmt.Print(*p, *p, "\n")
	println("done")
}
