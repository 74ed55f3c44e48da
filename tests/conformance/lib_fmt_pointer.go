package main

import (
	"errors"
	"fmt"
	"strings"
	"unsafe"
)

type T struct {
	A int
	P *int
}

type Node struct {
	V    int
	Next *Node
}

type Str struct{ n int }

type E struct{ msg string }

func (e E) Error() string { return e.msg }

type W struct {
	err error
	Err error
}

func (s *Str) String() string { return "Str!" }

func hexOK(s string) bool {
	if !strings.HasPrefix(s, "0x") || len(s) < 3 || len(s) > 18 {
		return false
	}
	for _, c := range s[2:] {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return false
		}
	}
	return s != "0x0"
}

func check(name string, ok bool) {
	fmt.Printf("%-28s %v\n", name, ok)
}

func f1() {}

func main() {
	x, y := 1, 2
	px := &x
	s := []int{1, 2, 3}
	m := map[string]int{"a": 1}
	m2 := m
	fn := f1
	var nilp *int
	var nils []int
	var nilm map[int]int
	var nilf func()
	var up unsafe.Pointer
	t := &T{A: 1, P: px}

	p1 := fmt.Sprintf("%p", px)
	check("ptr hex", hexOK(p1))
	check("ptr stable", p1 == fmt.Sprintf("%p", &x))
	check("ptr differs", p1 != fmt.Sprintf("%p", &y))
	check("%#p no 0x", fmt.Sprintf("%#p", px) == p1[2:])
	check("%v of *int", fmt.Sprintf("%v", px) == p1)
	check("%x of ptr", fmt.Sprintf("%x", px) == p1[2:])
	check("%#x of ptr", fmt.Sprintf("%#x", px) == p1)
	check("%X of ptr", fmt.Sprintf("%X", px) == strings.ToUpper(p1[2:]))
	check("%d of ptr", fmt.Sprintf("%d", px) != "" && !strings.HasPrefix(fmt.Sprintf("%d", px), "0x"))
	check("%#v of *int", fmt.Sprintf("%#v", px) == "(*int)("+p1+")")
	check("%20p width", len(fmt.Sprintf("%20p", px)) == 20 && strings.HasSuffix(fmt.Sprintf("%20p", px), p1))
	check("%-20p width", fmt.Sprintf("%-20p", px) == p1+strings.Repeat(" ", 20-len(p1)))
	check("struct field %v", fmt.Sprintf("%v", *t) == "{1 "+p1+"}")
	check("struct field %+v", fmt.Sprintf("%+v", *t) == "{A:1 P:"+p1+"}")
	check("struct field %#v", fmt.Sprintf("%#v", *t) == "main.T{A:1, P:(*int)("+p1+")}")
	check("&struct %v", fmt.Sprintf("%v", t) == "&{1 "+p1+"}")
	check("[]*int %v", fmt.Sprintf("%v", []*int{px, nil}) == "["+p1+" <nil>]")
	check("[]*int %#v", fmt.Sprintf("%#v", []*int{px, nil}) == "[]*int{(*int)("+p1+"), (*int)(nil)}")
	check("%p of struct ptr", hexOK(fmt.Sprintf("%p", t)))
	check("**T nested", fmt.Sprintf("%v", &t) == fmt.Sprintf("%p", &t))

	ps := fmt.Sprintf("%p", s)
	check("slice hex", hexOK(ps))
	check("slice = &s[0]", ps == fmt.Sprintf("%p", &s[0]))
	check("subslice = &s[1]", fmt.Sprintf("%p", s[1:]) == fmt.Sprintf("%p", &s[1]))
	check("map hex", hexOK(fmt.Sprintf("%p", m)))
	check("map alias", fmt.Sprintf("%p", m) == fmt.Sprintf("%p", m2))
	check("map differs", fmt.Sprintf("%p", m) != fmt.Sprintf("%p", map[string]int{}))
	check("func hex", hexOK(fmt.Sprintf("%p", fn)))
	check("func same code", fmt.Sprintf("%p", fn) == fmt.Sprintf("%p", f1))
	check("func %v", fmt.Sprintf("%v", fn) == fmt.Sprintf("%p", fn))
	check("func %#v", fmt.Sprintf("%#v", fn) == "(func())("+fmt.Sprintf("%p", fn)+")")
	check("unsafe hex", fmt.Sprintf("%p", unsafe.Pointer(px)) == p1)
	check("unsafe %#v", fmt.Sprintf("%#v", unsafe.Pointer(px)) == "(unsafe.Pointer)("+p1+")")
	e := errors.New("e")
	check("error %p", hexOK(fmt.Sprintf("%p", e)))
	check("Stringer %p", hexOK(fmt.Sprintf("%p", &Str{})))
	check("Stringer %v", fmt.Sprintf("%v", &Str{}) == "Str!")

	n := &Node{1, &Node{2, nil}}
	check("list %v", fmt.Sprintf("%v", n) == "&{1 "+fmt.Sprintf("%p", n.Next)+"}")
	check("list %#v", fmt.Sprintf("%#v", n) == "&main.Node{V:1, Next:(*main.Node)("+fmt.Sprintf("%p", n.Next)+")}")

	// Deterministic forms.
	fmt.Printf("%p %p %p %p %p\n", nilp, nils, nilm, nilf, up)
	fmt.Printf("%#p|%5p|%-5p|%05p|%v|%#v|%#v\n", nilp, nilp, nilp, nilp, nilp, nilp, up)
	fmt.Printf("%v %d %x %#v %#v %#v\n", nilf, nilp, nilp, nils, nilm, nilf)
	fmt.Printf("%p|%p|%p|%p|%p\n", 1, "s", true, 2.5, nil)
	fmt.Printf("%p|%p|%p\n", T{}, [2]int{}, struct{}{})
	fmt.Printf("%5p|%-6p|%#p\n", 7, "x", uint(3))
	fmt.Printf("%O|%b|%o|%c|%q|%U\n", nilp, nilp, nilp, nilp, nilp, nilp)
	fmt.Printf("%v|%+v|%s\n", []*int{nil}, struct{ P *T }{}, nilp)
	fmt.Printf("[%8v] [%-8v] [%08v]\n", nilp, nilp, nilp)

	// %w outside Errorf is a bad verb; errors printed without their Error method.
	e2 := errors.New("boom")
	fmt.Printf("%w|%#w|%5w|%-8w|\n", e2, e2, e2, e2)
	fmt.Printf("%w|%w|%w|%w\n", 3, "s", nil, E{"m"})
	fmt.Printf("%d|%x|%t|%s|%v|%#v\n", e2, e2, e2, e2, e2, e2)
	fmt.Printf("%v %+v %s\n", W{Err: e2}, W{Err: e2}, []error{e2})
	fmt.Println(W{Err: e2})
	check("[]error %x", fmt.Sprintf("%x", []error{e2}) == "[626f6f6d]")
	check("[]error %#x", fmt.Sprintf("%#x", []error{e2}) == "[0x626f6f6d]")
	check("nested %#v", fmt.Sprintf("%#v", []error{e2}) == "[]error{(*errors.errorString)("+fmt.Sprintf("%p", e2)+")}")
	check("unexported error %d", fmt.Sprintf("%x", W{err: e2}) == "{"+fmt.Sprintf("%p", e2)[2:]+" <nil>}")
	check("unexported error %v", fmt.Sprintf("%v", W{err: e2}) == "{"+fmt.Sprintf("%p", e2)+" <nil>}")
	var zero error
	fmt.Printf("%w|%v|%w\n", zero, W{}, &E{"p"})
	s2 := fmt.Sprintf("%w", e2)
	fmt.Println(s2, len(s2))
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v|%s|%q|%x|%d|%w|%#v\n", r, r, r, r, r, r, r)
		}()
		a, b := 1, 0
		_ = a / b
	}()
}
