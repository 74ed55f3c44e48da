package main

import (
	"errors"
	"fmt"
)

// Pointers to frame values inside interfaces, error values, panics.

type PtrErr struct {
	p   *int
	msg string
}

func (e *PtrErr) Error() string { return e.msg }

type ValErr struct{ p *int }

func (e ValErr) Error() string { return "valerr" }

type Box struct{ p *int }

type Getter interface{ Get() *int }

type G struct{ v int }

func (g *G) Get() *int { return &g.v }

type GV struct{ p *int }

func (g GV) Get() *int { return g.p }

var gany any
var gm = map[string]any{}
var gerr error

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*17 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[3]
}

func passAny(v any) any  { return v }
func storeAny(v any)     { gany = v }
func toPtr(v any) *int   { return v.(*int) }
func toBox(v any) *int   { return v.(Box).p }
func anyOfAny(v any) any { var w any = v; return w }

func ifaceLoop() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		x := i
		var a any = &x
		out = append(out, toPtr(passAny(anyOfAny(a))))
	}
	return out
}

func ifaceBox() *int {
	var keep any
	for i := 0; i < 3; i++ {
		x := i + 10
		b := Box{&x}
		if i == 1 {
			keep = b
		}
	}
	return toBox(keep)
}

func ifaceMap() {
	for i := 0; i < 3; i++ {
		x := i + 20
		y := i + 30
		gm[string(rune('a'+i))] = &x
		gm["box"+string(rune('a'+i))] = Box{&y}
	}
}

func ifaceGetter() []Getter {
	var out []Getter
	for i := 0; i < 3; i++ {
		g := G{i + 40}
		x := i + 50
		out = append(out, &g, GV{&x})
	}
	return out
}

func retIface() any {
	var r any
	for i := 0; i < 3; i++ {
		x := [2]int{i, i + 60}
		r = &x
	}
	return r
}

func errPtr() error {
	var err error
	for i := 0; i < 3; i++ {
		x := i + 70
		if i == 1 {
			err = &PtrErr{&x, "ptr"}
		}
	}
	return err
}

func errVal() {
	for i := 0; i < 3; i++ {
		x := i + 80
		if i == 2 {
			gerr = ValErr{&x}
		}
	}
}

func panicker(i int) {
	x := i + 90
	panic(&x)
}

func catchPtr() (res *int) {
	defer func() {
		r := recover()
		res = r.(*int)
	}()
	panicker(5)
	return nil
}

func panicBox(i int) {
	y := i + 100
	b := Box{&y}
	panic(b)
}

func catchBox() (res *int) {
	defer func() {
		res = recover().(Box).p
	}()
	for i := 0; i < 3; i++ {
		if i == 2 {
			panicBox(i)
		}
	}
	return nil
}

func panicErr(i int) {
	z := i + 110
	panic(error(&PtrErr{&z, "boxed"}))
}

func catchErr() (res *int, msg string) {
	defer func() {
		e := recover().(error)
		var pe *PtrErr = e.(*PtrErr)
		res = pe.p
		msg = e.Error()
	}()
	panicErr(1)
	return
}

func typeSwitch(vals []any) []*int {
	var out []*int
	for _, v := range vals {
		switch t := v.(type) {
		case *int:
			out = append(out, t)
		case Box:
			out = append(out, t.p)
		}
	}
	return out
}

func typeSwitchLoop() []*int {
	var out []*int
	var prev any
	for i := 0; i < 3; i++ {
		x := i + 120
		var cur any
		if i%2 == 0 {
			cur = &x
		} else {
			cur = Box{&x}
		}
		if prev != nil {
			out = append(out, typeSwitch([]any{prev})...)
		}
		prev = cur
	}
	out = append(out, typeSwitch([]any{prev})...)
	return out
}

func assertKeep() *int {
	var keep *int
	for i := 0; i < 3; i++ {
		x := i + 130
		var a any = &x
		if p, ok := a.(*int); ok && i == 1 {
			keep = p
		}
	}
	return keep
}

func main() {
	for _, p := range ifaceLoop() {
		scribble(3)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	p := ifaceBox()
	scribble(3)
	fmt.Println("box", *p)
	ifaceMap()
	scribble(3)
	fmt.Println("map", *gm["a"].(*int), *gm["b"].(*int), *gm["c"].(*int), *gm["boxa"].(Box).p, *gm["boxc"].(Box).p)
	for _, g := range ifaceGetter() {
		scribble(3)
		fmt.Print(*g.Get(), " ")
	}
	fmt.Println()
	r := retIface()
	scribble(3)
	fmt.Println("ret", r.(*[2]int)[1])
	e := errPtr()
	scribble(3)
	fmt.Println("err", e.Error(), *e.(*PtrErr).p)
	errVal()
	scribble(3)
	fmt.Println("errval", gerr.Error(), *gerr.(ValErr).p)
	cp := catchPtr()
	scribble(3)
	fmt.Println("catchPtr", *cp)
	cb := catchBox()
	scribble(3)
	fmt.Println("catchBox", *cb)
	ce, msg := catchErr()
	scribble(3)
	fmt.Println("catchErr", *ce, msg)
	for _, p := range typeSwitchLoop() {
		scribble(3)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	ak := assertKeep()
	scribble(3)
	fmt.Println("assert", *ak)
	storeAny(errors.New("plain"))
	fmt.Println(gany.(error).Error())
}
