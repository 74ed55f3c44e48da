package main

import (
	"errors"
	"fmt"
)

type Key struct {
	name string
	n    int
	ok   bool
}

type Boxed struct {
	v   any
	err error
}

type Wrap struct {
	k Key
	b Boxed
}

func main() {
	a := Key{"x", 1, true}
	b := Key{"x", 1, true}
	c := Key{"x" + "", 2, true}
	fmt.Println(a == b, a != b, a == c, a != c)
	s1 := "ab"
	s2 := "a" + "b"
	fmt.Println("string fields by value:", Key{name: s1} == Key{name: s2})
	fmt.Println("literal:", a == Key{"x", 1, true})
	e := errors.New("e")
	fmt.Println("same error:", Boxed{err: e} == Boxed{err: e})
	fmt.Println("equal text, different errors:", Boxed{err: errors.New("e")} == Boxed{err: errors.New("e")})
	fmt.Println("any int:", Boxed{v: 1} == Boxed{v: 1}, Boxed{v: 1} == Boxed{v: 2})
	fmt.Println("any int vs string:", Boxed{v: 1} == Boxed{v: "1"})
	fmt.Println("any nil:", Boxed{} == Boxed{v: nil}, Boxed{} == Boxed{v: 0})
	fmt.Println("any struct:", Boxed{v: a} == Boxed{v: b}, Boxed{v: a} == Boxed{v: c})
	w1 := Wrap{a, Boxed{v: "s"}}
	w2 := Wrap{b, Boxed{v: "s"}}
	fmt.Println("nested:", w1 == w2)
	w2.b.v = "t"
	fmt.Println("nested changed:", w1 == w2, w1 != w2)
	var x, y any = a, b
	fmt.Println("in any:", x == y)
	var z any = Wrap{}
	fmt.Println("different types in any:", x == z)
	anon1 := struct{ p, q int }{1, 2}
	anon2 := struct{ p, q int }{1, 2}
	fmt.Println("anonymous:", anon1 == anon2)
}
