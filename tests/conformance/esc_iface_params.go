package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q *Sq) Area() int { return q.s * q.s }

type Keeper interface{ Keep(p *int) }

type K struct{ kept []*int }

func (k *K) Keep(p *int) { k.kept = append(k.kept, p) }

type W struct {
	p *int
	q **int
}

var g *int
var gr *int
var shapes []Shape

func scribble(n int) int {
	var a [40]int
	for i := range a {
		a[i] = n*3 - i
	}
	if n > 0 {
		return a[1] + scribble(n-1)
	}
	return a[0]
}

func paramAddr(x int) *int        { return &x }
func paramToGlobal(x int)         { g = &x }
func resultAddr() (r int)         { gr = &r; r = 5; return r * 2 }
func first(pp **int) *int         { return *pp }
func wrap(p *int) W               { return W{p: p} }
func unwrap(w W) *int             { return w.p }
func elem(s []*int) *int          { return s[len(s)-1] }
func deref2(w *W) *int            { return *w.q }
func pick(c bool, a, b *int) *int { if c { return a }; return b }

func viaFirst(v int) *int {
	x := v
	p := &x
	return first(&p)
}

func viaWrap(v int) *int {
	x := v
	return unwrap(wrap(&x))
}

func viaElem(v int) *int {
	x, y := v, v+1
	return elem([]*int{&x, &y})
}

func viaDeref2(v int) *int {
	x := v
	p := &x
	w := W{q: &p}
	return deref2(&w)
}

func viaPick(v int) (*int, *int) {
	a, b := v, -v
	return pick(true, &a, &b), pick(false, &a, &b)
}

func viaIfaceCall(v int) Shape {
	q := Sq{v}
	var s Shape = &q
	_ = s.Area()
	return s
}

func toIfaceSlice(v int) {
	for i := 0; i < 3; i++ {
		q := Sq{v + i}
		shapes = append(shapes, &q)
	}
}

func viaKeeper(k Keeper, v int) {
	x := v
	k.Keep(&x)
}

func viaTypeSwitch(v int) *int {
	x := v
	var i any = &x
	switch t := i.(type) {
	case *int:
		return t
	}
	return nil
}

func viaAssert(v int) *Sq {
	q := Sq{v}
	var i any = &q
	p, ok := i.(*Sq)
	if !ok {
		return nil
	}
	return p
}

func anyInLoop() []any {
	var out []any
	for i := 0; i < 3; i++ {
		x := i * 4
		var a any = &x
		out = append(out, a)
	}
	return out
}

func storeIfaceLocal(v int) int {
	// interface value pointing at a frame variable, used only locally
	x := v
	var a any = &x
	*a.(*int) += 1
	return x
}

func main() {
	p1 := paramAddr(1)
	paramToGlobal(2)
	r := resultAddr()
	p3 := viaFirst(3)
	p4 := viaWrap(4)
	p5 := viaElem(5)
	p6 := viaDeref2(6)
	p7, p8 := viaPick(7)
	s9 := viaIfaceCall(9)
	toIfaceSlice(10)
	k := &K{}
	viaKeeper(k, 11)
	viaKeeper(k, 12)
	p13 := viaTypeSwitch(13)
	p14 := viaAssert(14)
	a15 := anyInLoop()
	fmt.Println(scribble(10))
	fmt.Println(*p1, *g, r, *gr, *p3, *p4, *p5, *p6, *p7, *p8, s9.Area())
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println(*k.kept[0], *k.kept[1], *p13, p14.s)
	for _, a := range a15 {
		fmt.Print(*a.(*int), " ")
	}
	fmt.Println(storeIfaceLocal(20))
}
