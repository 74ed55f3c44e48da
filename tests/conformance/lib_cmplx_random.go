package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var seed uint64 = 99

func next() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed
}

// num returns a float64 of random sign, mantissa and a decimal exponent in [-e, e].
func num(e int) float64 {
	u := next()
	m := float64(u>>11) / (1 << 53)
	x := m * math.Pow(10, float64(int(next()%uint64(2*e+1))-e))
	if u&1 == 1 {
		x = -x
	}
	return x
}

func main() {
	fns := []func(complex128) complex128{cmplx.Sqrt, cmplx.Exp, cmplx.Log, cmplx.Log10, cmplx.Sin, cmplx.Cos,
		cmplx.Tan, cmplx.Cot, cmplx.Sinh, cmplx.Cosh, cmplx.Tanh, cmplx.Asin, cmplx.Acos, cmplx.Atan,
		cmplx.Asinh, cmplx.Acosh, cmplx.Atanh}
	for i := 0; i < 1200; i++ {
		var x, y complex128
		switch i % 4 {
		case 0:
			x, y = complex(num(2), num(2)), complex(num(1), num(1))
		case 1:
			x, y = complex(num(20), num(20)), complex(num(3), 0)
		case 2:
			x, y = complex(num(300), num(300)), complex(0, num(2))
		default:
			x, y = complex(num(1), num(10)), complex(num(1), num(1))
		}
		fmt.Printf("%x %x:", math.Float64bits(real(x)), math.Float64bits(imag(x)))
		for _, f := range fns {
			z := f(x)
			fmt.Printf(" %x,%x", math.Float64bits(real(z)), math.Float64bits(imag(z)))
		}
		p := cmplx.Pow(x, y)
		r, th := cmplx.Polar(x)
		q := cmplx.Rect(r, th)
		fmt.Printf(" | %v %b %b %b %b\n", p, real(p), imag(p), real(q), imag(q))
	}
}
