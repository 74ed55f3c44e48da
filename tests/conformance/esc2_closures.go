package main

import "fmt"

// Closures capturing closures, closures returned by closures, closures stored into
// by-reference captures, called through struct fields, maps, slices and interfaces.

type Holder struct {
	f   func() int
	get func() *int
}

type Caller interface{ Call() int }

type fnCaller func() int

func (f fnCaller) Call() int { return f() }

var gf func() int
var gget func() *int
var stash *int
var fmap = map[string]func() int{}

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*13 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[2]
}

func closureOfClosure() []func() int {
	var out []func() int
	for i := 0; i < 3; i++ {
		x := i * 3
		inner := func() int { x++; return x }
		outer := func() int { return inner() * 10 }
		out = append(out, outer)
	}
	return out
}

func closureReturnsClosure() []func() int {
	var out []func() int
	for i := 0; i < 3; i++ {
		v := i + 40
		mk := func() func() int {
			w := v * 2
			return func() int { w++; return w + v }
		}
		out = append(out, mk())
	}
	return out
}

func storeIntoRefCapture() func() int {
	var f func() int
	for i := 0; i < 3; i++ {
		y := i + 50
		set := func() { f = func() int { y += 100; return y } }
		set()
	}
	return f
}

func viaStructField() []Holder {
	var hs []Holder
	for i := 0; i < 3; i++ {
		x := i + 60
		h := Holder{}
		h.f = func() int { x++; return x }
		h.get = func() *int { return &x }
		hs = append(hs, h)
	}
	return hs
}

func viaMap() {
	for i := 0; i < 3; i++ {
		z := i + 70
		key := "k" + string(rune('a'+i))
		fmap[key] = func() int { z += 5; return z }
	}
}

func viaIface() []Caller {
	var cs []Caller
	for i := 0; i < 3; i++ {
		z := i + 80
		cs = append(cs, fnCaller(func() int { z *= 2; return z }))
	}
	return cs
}

func laterGlobal() func() {
	var setter func()
	for i := 0; i < 3; i++ {
		x := i + 90
		p := &x
		if i == 1 {
			setter = func() { stash = p }
		}
	}
	return setter
}

func iife() (*int, *int) {
	var keep1, keep2 *int
	for i := 0; i < 3; i++ {
		x := i + 110
		p := func() *int { return &x }()
		q := func(a *int) *int { return a }(&x)
		if i == 1 {
			keep1 = p
			keep2 = q
		}
	}
	return keep1, keep2
}

func iifeNew() []*int {
	var out [3]*int
	for i := 0; i < 3; i++ {
		out[i] = func() *int { n := new(int); *n = i + 120; return n }()
	}
	return out[:]
}

func nestedCapture() func() int {
	a := 1
	var res func() int
	for i := 0; i < 3; i++ {
		b := i + 130
		mid := func() func() int {
			c := b + a
			return func() int { a++; b++; c++; return a + b + c }
		}
		if i == 1 {
			res = mid()
		}
	}
	return res
}

func closureInArray() [3]func() int {
	var arr [3]func() int
	for i := 0; i < 3; i++ {
		v := i + 140
		arr[i] = func() int { v--; return v }
	}
	return arr
}

func closureChainSelf() func() int {
	var self func() int
	n := 0
	for i := 0; i < 3; i++ {
		k := i + 150
		prev := self
		self = func() int {
			n++
			if prev != nil {
				return k + prev()*1000
			}
			return k
		}
	}
	return self
}

func getterGlobal() {
	for i := 0; i < 3; i++ {
		x := i + 160
		g := func() *int { return &x }
		if i == 2 {
			gget = g
		}
	}
}

func capturedPointerToClosure() func() int {
	var f func() int
	pf := &f
	for i := 0; i < 3; i++ {
		x := i + 170
		*pf = func() int { return x }
	}
	return f
}

func main() {
	for _, f := range closureOfClosure() {
		scribble(4)
		fmt.Print(f(), " ", f(), " ")
	}
	fmt.Println()
	for _, f := range closureReturnsClosure() {
		scribble(4)
		fmt.Print(f(), " ", f(), " ")
	}
	fmt.Println()
	f := storeIntoRefCapture()
	scribble(4)
	fmt.Println("refcap", f(), f())
	for _, h := range viaStructField() {
		scribble(4)
		p := h.get()
		fmt.Print(h.f(), " ", *p, " ")
		*p += 1000
		fmt.Print(h.f(), " ")
	}
	fmt.Println()
	viaMap()
	scribble(4)
	fmt.Println("map", fmap["ka"](), fmap["kb"](), fmap["kc"](), fmap["ka"]())
	for _, c := range viaIface() {
		scribble(4)
		fmt.Print(c.Call(), " ", c.Call(), " ")
	}
	fmt.Println()
	s := laterGlobal()
	scribble(4)
	s()
	scribble(4)
	fmt.Println("later", *stash)
	k1, k2 := iife()
	scribble(4)
	fmt.Println("iife", *k1, *k2, k1 == k2)
	for _, p := range iifeNew() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	n := nestedCapture()
	scribble(4)
	fmt.Println("nested", n(), n())
	arr := closureInArray()
	scribble(4)
	fmt.Println("arr", arr[0](), arr[1](), arr[2](), arr[0]())
	cs := closureChainSelf()
	scribble(4)
	fmt.Println("chain", cs())
	getterGlobal()
	scribble(4)
	p := gget()
	*p += 5
	fmt.Println("getter", *gget())
	cp := capturedPointerToClosure()
	scribble(4)
	fmt.Println("pf", cp())
}
