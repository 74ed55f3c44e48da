package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func show(label string, z complex128) {
	fmt.Printf("%s = %v [%b %b]\n", label, z, real(z), imag(z))
}

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	nz := math.Copysign(0, -1)
	xs := []complex128{0, complex(nz, 0), complex(0, nz), 1, -1, 1i, -1i, 2 + 3i, -2 - 0.5i,
		0.5, complex(-8, 0), complex(-8, nz), 1e-200, complex(1e200, 1e200), complex(inf, 0), complex(nan, 1),
		complex(1e-320, 0)}
	ys := []complex128{0, 1, -1, 2, 0.5, -0.5, 1i, -1i, 1 + 1i, -2 + 3i, 1.0 / 3,
		complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(nan, 0), complex(0, nan), 1e10, -1e10,
		complex(-3, 0), complex(-3, 1), complex(3, -1)}
	for _, x := range xs {
		for _, y := range ys {
			show(fmt.Sprintf("Pow(%v, %v)", x, y), cmplx.Pow(x, y))
		}
	}
	// Pow(0, NaN+Inf i) panics in Go.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		show("Pow(0, NaN+Inf i)", cmplx.Pow(0, complex(nan, inf)))
	}()
	rs := []float64{0, nz, 1, -1, 2.5, 1e300, inf, nan}
	ths := []float64{0, nz, math.Pi / 2, math.Pi, -math.Pi / 3, 1e10, 1e300, inf, nan}
	for _, r := range rs {
		for _, th := range ths {
			show(fmt.Sprintf("Rect(%v, %v)", r, th), cmplx.Rect(r, th))
		}
	}
	show("Inf()", cmplx.Inf())
	show("NaN()", cmplx.NaN())
	for _, z := range []complex128{cmplx.Inf(), cmplx.NaN(), complex(inf, nan), complex(nan, -inf), complex(nan, 0), complex(0, nan), 3 + 4i, complex(nz, nz)} {
		c := cmplx.Conj(z)
		fmt.Printf("%v inf=%v nan=%v conj=%v [%b %b] abs=%v\n", z, cmplx.IsInf(z), cmplx.IsNaN(z), c, real(c), imag(c), cmplx.Abs(z))
	}
	// Identities evaluated through several functions.
	for _, z := range []complex128{0.3 + 0.4i, -1.2 + 2.2i, 5 - 7i, 1e-5 + 1e-7i} {
		show(fmt.Sprintf("Exp(Log(%v))", z), cmplx.Exp(cmplx.Log(z)))
		show(fmt.Sprintf("Sqrt(%v)^2", z), cmplx.Pow(cmplx.Sqrt(z), 2))
		show(fmt.Sprintf("Sin(Asin(%v))", z), cmplx.Sin(cmplx.Asin(z)))
		show(fmt.Sprintf("Tanh(Atanh(%v))", z), cmplx.Tanh(cmplx.Atanh(z)))
		show(fmt.Sprintf("Cosh(Acosh(%v))", z), cmplx.Cosh(cmplx.Acosh(z)))
		show(fmt.Sprintf("Log10(%v)", z), cmplx.Log10(z))
	}
}
