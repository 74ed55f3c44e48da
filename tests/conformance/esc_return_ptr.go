package main

import "fmt"

type T struct {
	a, b int
	p    *int
}

type Box struct{ t *T }

// scribble overwrites a good deal of stack below the caller.
func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	if n > 0 {
		s += scribble(n - 1)
	}
	return s
}

func retAddr(v int) *int {
	x := v
	return &x
}

func retNew(v int) *int {
	p := new(int)
	*p = v
	return p
}

func retLit(v int) *T {
	return &T{a: v, b: v * 2}
}

func pass(p *int) *int  { return p }
func pass2(p *int) *int { q := pass(p); return pass(q) }

func chain(v int) *int {
	x := v
	return pass2(&x)
}

func named(v int) (r *int) {
	x := v + 1
	r = &x
	return
}

func namedLate(v int) (r *int) {
	x := v + 2
	defer func() { r = &x }()
	return nil
}

func viaField(v int) Box {
	t := T{a: v}
	return Box{t: &t}
}

func viaFieldPtr(v int) T {
	x := v * 3
	return T{p: &x}
}

func viaSlice(v int) []*int {
	x, y := v, v+1
	return []*int{&x, &y}
}

func viaArray(v int) [2]*int {
	x, y := v, -v
	return [2]*int{&y, &x}
}

func viaIface(v int) any {
	x := v
	return &x
}

func viaIfaceStruct(v int) any {
	x := v
	return T{p: &x}
}

func viaClosure(v int) func() *int {
	x := v
	return func() *int { return &x }
}

func viaClosureResult(v int) *int {
	x := v * 5
	p := &x
	get := func() *int { return p }
	return get()
}

func viaDeref(v int) *int {
	x := v
	p := &x
	pp := &p
	return *pp
}

func viaTwo(v int) (*int, *int) {
	x, y := v, v*v
	return &x, &y
}

func id(p *int) (*int, int) { return p, *p }

func viaTuple(v int) *int {
	x := v + 100
	p, _ := id(&x)
	return p
}

func viaMin(v int) string {
	var buf [8]byte
	s := buf[:0]
	for i := 0; i < 4; i++ {
		s = append(s, byte('a'+v+i))
	}
	return string(s)
}

func main() {
	p1 := retAddr(11)
	p2 := retNew(22)
	t3 := retLit(33)
	p4 := chain(44)
	p5 := named(55)
	p6 := namedLate(66)
	b7 := viaField(77)
	t8 := viaFieldPtr(88)
	s9 := viaSlice(99)
	a10 := viaArray(110)
	i11 := viaIface(121)
	i12 := viaIfaceStruct(132)
	f13 := viaClosure(143)
	p14 := viaClosureResult(154)
	p15 := viaDeref(165)
	p16, p17 := viaTwo(17)
	p18 := viaTuple(18)
	fmt.Println(scribble(5))
	fmt.Println(*p1, *p2, t3.a, t3.b, *p4, *p5, *p6)
	fmt.Println(b7.t.a, *t8.p, *s9[0], *s9[1], *a10[0], *a10[1])
	fmt.Println(*i11.(*int), *i12.(T).p, *f13(), *p14, *p15, *p16, *p17, *p18)
	*p1, *p2 = 1, 2
	fmt.Println(scribble(3), *p1, *p2)
	q := f13()
	*q = 7
	fmt.Println(*f13(), viaMin(1), viaMin(2))
	// many live at once
	var ps []*int
	for i := 0; i < 5; i++ {
		ps = append(ps, retAddr(i), chain(i*10), named(i*100))
	}
	scribble(4)
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
