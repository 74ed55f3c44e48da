package main

import "fmt"

// Flows through call summaries: param -> result -> param, several levels deep,
// methods, promoted methods, recursion and mutual recursion.

type S struct {
	p *int
	n int
}

type Inner struct{ q *int }

func (in *Inner) Keep(p *int) *Inner { in.q = p; return in }
func (in Inner) Get() *int          { return in.q }

type Outer struct {
	Inner
	tag int
}

var gp *int
var gs []S
var gpp **int

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*7 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[1]
}

func id1(p *int) *int            { return p }
func id2(p *int) *int            { return id1(p) }
func id3(p *int) *int            { q := id2(p); return q }
func id4(p *int) *int            { return id3(id1(p)) }
func toGlobal(p *int)            { gp = p }
func viaChain(p *int)            { toGlobal(id4(p)) }
func wrap(p *int) S              { return S{p: p, n: 1} }
func unwrap(s S) *int            { return s.p }
func keepS(s S)                  { gs = append(gs, s) }
func deref(pp **int) *int        { return *pp }
func deref2(ppp ***int) *int     { return **ppp }
func addrOfParam(p *int) **int   { return &p }
func pick(c bool, a, b *int) *int {
	if c {
		return a
	}
	return b
}

// recursion: p reaches the result only at the bottom
func last(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return last(p, n-1)
}

// mutual recursion, one of them called before it is analysed
func even(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int {
	if n == 0 {
		gp = p
		return nil
	}
	return even(p, n-1)
}

// recursion that stores at depth
func storeAt(p *int, n int) {
	if n == 0 {
		gp = p
		return
	}
	storeAt(p, n-1)
}

func chain() []*int {
	var out []*int
	for i := 0; i < 4; i++ {
		x := i * 11
		viaChain(&x)
		out = append(out, gp)
	}
	return out
}

func wrapUnwrap() (*int, *int) {
	var a, b *int
	for i := 0; i < 3; i++ {
		x := 100 + i
		y := 200 + i
		a = unwrap(wrap(&x))
		keepS(wrap(&y))
		if i == 0 {
			b = a
		}
	}
	return a, b
}

func pp() *int {
	var r *int
	for i := 0; i < 3; i++ {
		x := 300 + i
		p := &x
		q := &p
		qq := &q
		if i == 1 {
			r = deref2(qq)
		}
	}
	return r
}

func ppParam() *int {
	var r **int
	for i := 0; i < 3; i++ {
		x := 400 + i
		pp := addrOfParam(&x)
		if i == 1 {
			r = pp
		}
	}
	return *r
}

func pickLoop() (*int, *int) {
	var keepA, keepB *int
	for i := 0; i < 4; i++ {
		a := 500 + i
		b := 600 + i
		r := pick(i%2 == 0, &a, &b)
		if i == 1 {
			keepA = r
		}
		if i == 2 {
			keepB = pick(false, r, &b)
		}
	}
	return keepA, keepB
}

func recur() (*int, *int, *int) {
	var r1, r2 *int
	for i := 0; i < 3; i++ {
		x := 700 + i
		y := 800 + i
		z := 900 + i
		if i == 0 {
			r1 = last(&x, 5)
			r2 = even(&y, 4)
		}
		odd(&z, 3) // n odd -> reaches gp at the bottom via even
	}
	return r1, r2, gp
}

func storeDeep() *int {
	for i := 0; i < 3; i++ {
		x := 1000 + i
		storeAt(&x, 10)
		if i == 1 {
			break
		}
	}
	return gp
}

func promoted() (*int, *int) {
	var o Outer
	var kept *Inner
	for i := 0; i < 3; i++ {
		x := 1100 + i
		k := o.Keep(&x) // promoted pointer method on o.Inner
		if i == 0 {
			kept = k
		}
	}
	var g *int
	for i := 0; i < 3; i++ {
		var o2 Outer
		y := 1200 + i
		o2.Keep(&y)
		if i == 1 {
			g = o2.Get() // promoted value method
		}
	}
	return kept.q, g
}

func methodChain() *int {
	var keep *int
	for i := 0; i < 3; i++ {
		x := 1300 + i
		var in Inner
		keep2 := in.Keep(&x).Keep(id2(&x)).Get()
		if i == 2 {
			keep = keep2
		}
	}
	return keep
}

func ppGlobal() {
	for i := 0; i < 3; i++ {
		x := 1400 + i
		p := &x
		if i == 1 {
			gpp = &p
		}
	}
}

func main() {
	for _, p := range chain() {
		scribble(3)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	a, b := wrapUnwrap()
	scribble(5)
	fmt.Println("wrap", *a, *b, *gs[0].p, *gs[1].p, *gs[2].p, gs[2].n)
	r := pp()
	scribble(5)
	fmt.Println("pp", *r)
	r = ppParam()
	scribble(5)
	fmt.Println("ppParam", *r)
	ka, kb := pickLoop()
	scribble(5)
	fmt.Println("pick", *ka, *kb)
	r1, r2, r3 := recur()
	scribble(5)
	fmt.Println("recur", *r1, *r2, *r3)
	r = storeDeep()
	scribble(5)
	fmt.Println("storeDeep", *r)
	k1, k2 := promoted()
	scribble(5)
	fmt.Println("promoted", *k1, *k2)
	r = methodChain()
	scribble(5)
	fmt.Println("methodChain", *r)
	ppGlobal()
	scribble(5)
	fmt.Println("ppGlobal", **gpp)
}
