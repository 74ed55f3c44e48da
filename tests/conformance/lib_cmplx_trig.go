package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func show(label string, z complex128) {
	fmt.Printf("%s = %v [%x %x]\n", label, z, math.Float64bits(real(z)), math.Float64bits(imag(z)))
}

func main() {
	// Tan and Cot near their poles and zeros go through the Taylor series of the
	// denominator, with the real part reduced modulo Pi (both reduction methods).
	res := []float64{0, 1e-3, 0.1, 0.5, 1, math.Pi / 2, math.Pi, 3, 10, 100, 12345.678,
		1e8, 1 << 29, 1 << 30, 1.5e9, 1e10, 1e15, 1e17, 1e20, 1e100, 1e200, 1e300, math.MaxFloat64}
	ims := []float64{0, 1e-300, 1e-9, 1e-3, 0.05, 0.2, 1, 20, 400}
	for _, re := range res {
		for _, im := range ims {
			for _, s := range []float64{1, -1} {
				x := complex(s*re, im)
				show(fmt.Sprintf("Tan(%v)", x), cmplx.Tan(x))
				show(fmt.Sprintf("Cot(%v)", x), cmplx.Cot(x))
			}
		}
	}
	// A sweep of large real parts hits the series path with Payne-Hanek reduction.
	base := []float64{1.1e9, 3.3e12, 7.7e18, 2.2e22, 9.9e250}
	for _, b := range base {
		x := b
		for k := 0; k < 24; k++ {
			x = math.Nextafter(x, math.Inf(1))
			x = x + float64(k)*b*1e-15
			z := complex(x, 1e-4)
			show(fmt.Sprintf("Tan(%b)", z), cmplx.Tan(z))
			show(fmt.Sprintf("Cot(%b)", z), cmplx.Cot(z))
		}
	}
	// Atan of points where its argument sum is near the branch points +-i.
	for _, z := range []complex128{1i, -1i, 1e-10 + 1i, 1e-10 - 1i, 2i, -2i, complex(math.Copysign(0, -1), 2), 1 + 1i, -1 - 1i, 0.9999 + 0.0001i} {
		show(fmt.Sprintf("Atan(%v)", z), cmplx.Atan(z))
		show(fmt.Sprintf("Atanh(%v)", z), cmplx.Atanh(z))
		show(fmt.Sprintf("Acosh(%v)", z), cmplx.Acosh(z))
	}
}
