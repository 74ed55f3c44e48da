package main

import (
	"fmt"
	"unsafe"
)

type E struct{}

type Z struct {
	a [0]int
	b E
}

func (E) Name() string { return "E" }

var sink []*E

func keep(p *E) *E {
	sink = append(sink, p)
	return p
}

func main() {
	p1 := keep(new(E))
	p2 := keep(new(E))
	fmt.Println(p1 == p2, *p1 == *p2, p1.Name())
	q1 := new(struct{})
	q2 := new(struct{})
	fmt.Println(*q1 == *q2, unsafe.Sizeof(*q1))
	fmt.Println(q1 != nil, q2 != nil)

	var a0 [0]int
	var b0 [0]int
	pa := &a0
	fmt.Println(len(pa), cap(pa[:]), a0 == b0, pa[:] != nil)
	for i, v := range pa {
		fmt.Println("never", i, v)
	}
	s := pa[:]
	s = append(s, 5)
	fmt.Println(s, len(a0))

	arrs := make([][0]int, 4)
	fmt.Println(len(arrs), arrs, arrs[1] == arrs[2])
	arrs = append(arrs, [0]int{})
	fmt.Println(len(arrs), cap(arrs) >= 5)
	var ss [][0]int
	fmt.Println(ss == nil, len(ss))
	ss = append(ss, [0]int{}, [0]int{})
	fmt.Println(len(ss), ss)

	es := make([]E, 3, 10)
	fmt.Println(len(es), cap(es), es[0] == es[2], es)
	sub := es[1:5]
	fmt.Println(len(sub), cap(sub))

	z := Z{}
	fmt.Println(z, unsafe.Sizeof(z), z == Z{})
	zs := map[Z]int{}
	zs[Z{}]++
	zs[z]++
	fmt.Println(zs)
	me := map[E][0]int{{}: {}}
	fmt.Println(len(me), me)

	var ie any = E{}
	var ie2 any = struct{}{}
	fmt.Println(ie == any(E{}), ie == ie2, ie2)
	ptrs := []*E{}
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, keep(&E{}))
	}
	fmt.Println(ptrs[0] == ptrs[2], len(sink))
	var zero [0]string
	fmt.Println(zero, len(zero), unsafe.Sizeof(zero))
}
