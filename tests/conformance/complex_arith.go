package main

import "fmt"

func mul(a, b complex128) complex128 { return a * b }

func div(a, b complex128) complex128 { return a / b }

func mul64(a, b complex64) complex64 { return a * b }

func div64(a, b complex64) complex64 { return a / b }

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a, +a)
	fmt.Println(mul(a, b), div(b, a), a == b, a != b, a == 1.5-2i)

	// complex64: products computed in float64 and rounded, quotients through complex128.
	var x complex64 = complex(1.0000001, 3.3333333)
	var y complex64 = complex(0.3333333, 7.7777777)
	fmt.Println(x*y, x/y, x+y, x-y, -x)
	fmt.Println(mul64(x, y), div64(x, y), complex128(x)*complex128(y))
	fmt.Println(complex64(complex128(x)*complex128(y)) == x*y)

	// Compound assignment, ++ and --.
	c := 1 + 1i
	c += 2
	c -= 1i
	c *= 2i
	c /= 4
	fmt.Println(c)
	c++
	c++
	c--
	fmt.Println(c, real(c), imag(c))
	var c64 complex64 = 2i
	c64 *= c64
	c64++
	fmt.Println(c64, real(c64), imag(c64))

	// Conversions between the complex types round each part.
	big := complex(1.0000000001, 1e-50)
	small := complex64(big)
	fmt.Println(small, complex128(small), complex128(small) == big)
	type C complex128
	var named C = C(big)
	fmt.Println(named*named, complex64(named), real(named))

	// Parts mixed with untyped constants.
	f := 2.5
	var g float32 = 0.25
	fmt.Println(complex(f, 1), complex(1, f), complex(g, g*2), complex(g, 3))
	fmt.Println(real(3+4i)*f, imag(complex(g, 8))+g)

	// Powers by repeated multiplication.
	p := complex128(1)
	for i := 0; i < 8; i++ {
		p *= 1 + 1i
	}
	fmt.Println(p)
	q := complex64(1)
	for i := 0; i < 40; i++ {
		q *= complex64(complex(0.9, 0.3))
	}
	fmt.Println(q)
}
