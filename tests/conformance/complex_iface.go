package main

import "fmt"

type C complex128

func (c C) Norm() float64 { return real(c)*real(c) + imag(c)*imag(c) }

type Normer interface{ Norm() float64 }

type P struct {
	Z complex64
	S string
}

func describe(v any) {
	switch x := v.(type) {
	case nil:
		fmt.Println("nil")
	case complex64:
		fmt.Println("complex64", x, real(x))
	case complex128:
		fmt.Println("complex128", x, imag(x))
	case C:
		fmt.Println("C", x, x.Norm())
	case Normer:
		fmt.Println("Normer", x.Norm())
	case float64:
		fmt.Println("float64", x)
	default:
		fmt.Println("other", x)
	}
}

func pass(v any) any { return v }

func main() {
	for _, v := range []any{complex64(1 + 2i), 3 - 4i, C(3 + 4i), 2.5, 7, nil, P{1i, "p"}} {
		describe(v)
	}
	var a, b any = 1 + 2i, complex(1, 2)
	var c any = complex64(1 + 2i)
	var d any = C(1 + 2i)
	fmt.Println(a == b, a == c, a == d, c == c, a != b)
	fmt.Println(a == 1+2i, c == complex64(1+2i), d == C(1+2i), pass(a) == a)
	zero := 0.0
	var n1, n2 any = complex(zero/zero, 1), complex(zero/zero, 1)
	fmt.Println(n1 == n2, n1 == n1)
	var z1, z2 any = complex(-zero, 0), complex(0, 0)
	fmt.Println(z1 == z2, z1, z2)
	var s1, s2 any = P{1i, "p"}, P{1i, "p"}
	fmt.Println(s1 == s2, s1)
	if x, ok := a.(complex128); ok {
		fmt.Println("ok", x*x)
	}
	if _, ok := a.(complex64); !ok {
		fmt.Println("not complex64")
	}
	var nm Normer = C(1 + 1i)
	fmt.Println(nm.Norm(), nm, nm.(C)*2)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	_ = a.(C)
}
