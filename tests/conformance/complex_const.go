package main

import "fmt"

const (
	I   = 1i
	A   = 1 + 2i
	B   = (1 + 2i) / (3 + 4i)
	Sq  = I * I
	Big = 1e300i * 1e300i / 1e600
	R   = real(A) + imag(B)*25
	M   = complex(1.5, -2.5)
)

const T64 complex64 = 1.1 + 2.2i

const T128 complex128 = 0.1 + 0.2i

type C complex128

const TC C = 3i

func main() {
	fmt.Println(I, A, B, Sq, Big, R, M)
	fmt.Println(T64, T128, TC, T64*T64, T128*10, TC*TC)
	fmt.Println(1i, 2.5i, 0x1p-2i, 1_000i, 0123i, 0o17i, 0b11i, 0x10i, .5i, 1e3i, 0i)
	// An untyped complex constant with no imaginary part is a number of any type.
	var i int = Sq
	var f float32 = Sq * 2.5
	var u uint8 = (2 + 1i) * (2 - 1i)
	fmt.Println(i, f, u, int(A*A-A*A+3), float64(Big))
	const exact = (0.1 + 0.2i) * 10
	fmt.Println(exact == 1+2i, B*(3+4i) == A, real(B), imag(B))
	// Typed constants are rounded to their type.
	const t1 complex64 = 0.1
	fmt.Println(t1, float64(real(t1)), t1*10 == 1)
	const t2 complex64 = 16777217 + 16777219i
	fmt.Println(t2, real(t2), imag(t2))
	// Conversions of constants.
	fmt.Println(complex64(A), complex128(T64), C(A), complex128(5), complex64(2.5), int(2+0i))
	fmt.Println(real(2), imag(2), real(1.5), imag('a'), real(T64), imag(TC))
	var c complex128 = 7
	c += A
	c *= I
	fmt.Println(c, c == 7i-2+1i*1i, len([3]int{}) == real(3))
	// Constant operands of non-constant operations.
	x := 2.0
	fmt.Println(complex(x, 0)*A, A/complex(x, x), x*real(A))
	// Integral complex constants as shift counts and operands.
	n := 1
	fmt.Println((2+0i)<<3, 1<<(3+0i), 1<<n)
}
