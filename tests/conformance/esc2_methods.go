package main

import "fmt"

// Methods: value receivers whose address escapes, pointer receivers returned, promoted
// methods of embedded structs (value and pointer), method values stored, interface
// wrappers, method expressions.

type Inner struct {
	v   int
	arr [3]int
}

func (in Inner) Addr() *int      { return &in.v }
func (in Inner) Slice() []int    { return in.arr[:] }
func (in *Inner) PAddr() *int    { return &in.v }
func (in *Inner) Self() *Inner   { return in }
func (in *Inner) Set(p *int)     { in.v = *p }
func (in Inner) With(v int) Inner { in.v = v; return in }

type Outer struct {
	Inner
	name string
}

type PtrOuter struct {
	*Inner
	k int
}

type Addresser interface{ Addr() *int }
type PAddresser interface{ PAddr() *int }

var gfn func() *int
var gfns []func() *int
var gifs []PAddresser

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*41 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[9]
}

func valueRecvAddr() (*int, *int, bool) {
	in := Inner{v: 5}
	a := in.Addr()
	b := in.Addr()
	*a = 50
	return a, b, a == b
}

func valueRecvSlice() []int {
	var keep []int
	for i := 0; i < 3; i++ {
		in := Inner{arr: [3]int{i, i + 1, i + 2}}
		s := in.Slice()
		s[0] = 100 + i
		if i == 1 {
			keep = s
		}
		in.arr[1] = -1 // must not affect s
	}
	return keep
}

func promotedValue() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		o := Outer{Inner{v: i + 10}, "o"}
		out = append(out, o.Addr(), o.PAddr())
	}
	return out
}

func promotedPtr() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		in := Inner{v: i + 20}
		po := PtrOuter{&in, i}
		out = append(out, po.PAddr(), po.Self().PAddr())
	}
	return out
}

func methodValues() {
	for i := 0; i < 3; i++ {
		in := Inner{v: i + 30}
		o := Outer{Inner{v: i + 40}, "x"}
		gfns = append(gfns, in.PAddr, in.Addr, o.PAddr, o.Addr)
		if i == 1 {
			gfn = o.Inner.PAddr
		}
		in.v += 1000
		o.v += 2000
	}
}

func ifaceWrappers() {
	for i := 0; i < 3; i++ {
		in := Inner{v: i + 50}
		o := &Outer{Inner{v: i + 60}, "y"}
		gifs = append(gifs, &in, o)
	}
}

func ifaceValue() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		in := Inner{v: i + 70}
		var a Addresser = in
		var b Addresser = &in
		in.v = -1
		out = append(out, a.Addr(), b.Addr())
	}
	return out
}

func methodExpr() []*int {
	var out []*int
	pa := (*Inner).PAddr
	va := Inner.Addr
	for i := 0; i < 3; i++ {
		in := Inner{v: i + 80}
		out = append(out, pa(&in), va(in))
	}
	return out
}

func chainCalls() *int {
	var keep *Inner
	for i := 0; i < 3; i++ {
		in := Inner{v: i + 90}
		x := i * 1000
		s := in.Self().Self()
		s.Set(&x)
		if i == 2 {
			keep = s.Self()
		}
	}
	return keep.PAddr()
}

func withChain() []int {
	var out []int
	for i := 0; i < 3; i++ {
		in := Inner{v: i}
		w := in.With(i + 100).With(i + 200)
		p := w.PAddr()
		q := in.PAddr()
		out = append(out, *p, *q)
	}
	return out
}

func main() {
	a, b, same := valueRecvAddr()
	scribble(5)
	fmt.Println("valueRecvAddr", *a, *b, same)
	fmt.Println("valueRecvSlice", valueRecvSlice())
	for _, p := range promotedValue() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for _, p := range promotedPtr() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	methodValues()
	scribble(5)
	for _, f := range gfns {
		fmt.Print(*f(), " ")
	}
	fmt.Println(*gfn())
	ifaceWrappers()
	scribble(5)
	for _, i := range gifs {
		fmt.Print(*i.PAddr(), " ")
	}
	fmt.Println()
	for _, p := range ifaceValue() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for _, p := range methodExpr() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	c := chainCalls()
	scribble(5)
	fmt.Println("chain", *c)
	fmt.Println("with", withChain())
}
