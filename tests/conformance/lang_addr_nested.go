package main

import "fmt"

type C struct{ z int }
type Bx struct {
	c  C
	cs []C
}
type A struct {
	b  Bx
	pb *Bx
}

func set(p *int, v int) { *p = v }

func main() {
	var x A
	x.pb = &Bx{cs: []C{{1}, {2}}}
	x.b.cs = make([]C, 2)
	set(&x.b.c.z, 1)
	set(&x.pb.c.z, 2)
	set(&x.b.cs[1].z, 3)
	set(&x.pb.cs[0].z, 4)
	fmt.Println(x.b, *x.pb)
	pc := &x.b.c
	pz := &pc.z
	*pz += 10
	pc.z *= 2
	fmt.Println(x.b.c, *pz)
	y := x
	y.b.c.z = 0
	y.pb.c.z = 0
	y.b.cs[0].z = 77
	fmt.Println(x.b.c.z, x.pb.c.z, x.b.cs[0].z)
	ps := []*C{&x.b.cs[0], &x.b.cs[1], &x.b.c}
	for _, p := range ps {
		p.z++
	}
	fmt.Println(x.b)
	fmt.Println(&x.b.cs[0] == ps[0], &x.b.c == pc, ps[0] == ps[1])
}
