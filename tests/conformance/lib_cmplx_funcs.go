package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func bitsOf(z complex128) string {
	return fmt.Sprintf("%016x %016x", math.Float64bits(real(z)), math.Float64bits(imag(z)))
}

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	nz := math.Copysign(0, -1)
	parts := []float64{0, nz, 1, -1, 0.5, -0.5, 2, -2, 1e-300, -3.75, 1e300, inf, -inf, nan}
	var inputs []complex128
	for _, re := range parts {
		for _, im := range parts {
			inputs = append(inputs, complex(re, im))
		}
	}
	extra := []complex128{
		complex(0.1, 0.2), complex(-0.3, 0.7), complex(3, 4), complex(-5, -12),
		complex(1e10, 1e-10), complex(710, 0.5), complex(-710, 0.5), complex(0.5, 710),
		complex(1, 1e-20), complex(-1, 1e-20), complex(1.5, 0), complex(1.5, nz),
		complex(-1.5, 0), complex(-1.5, nz), complex(0, 1.5), complex(nz, 1.5),
		complex(0, -1.5), complex(nz, -1.5), complex(math.MaxFloat64, math.MaxFloat64),
		complex(math.SmallestNonzeroFloat64, 5e-324), complex(4.0000001, 3.9999999),
		complex(-4, 0.001), complex(1e-8, -1e-8), complex(123456.789, -0.000123),
		complex(0.7853981633974483, 0.3), complex(1.5707963267948966, 1e-5),
	}
	inputs = append(inputs, extra...)

	type fn struct {
		name string
		f    func(complex128) complex128
	}
	fns := []fn{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10},
		{"Sin", cmplx.Sin}, {"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot},
		{"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan},
		{"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh}, {"Atanh", cmplx.Atanh},
		{"Conj", cmplx.Conj},
	}
	for _, f := range fns {
		fmt.Println("==", f.name)
		for _, x := range inputs {
			y := f.f(x)
			fmt.Printf("%s(%v) = %v [%s]\n", f.name, x, y, bitsOf(y))
		}
	}
	fmt.Println("== Abs Phase Polar IsInf IsNaN")
	for _, x := range inputs {
		a, p := cmplx.Abs(x), cmplx.Phase(x)
		r, th := cmplx.Polar(x)
		fmt.Printf("%v: abs=%v %b phase=%v %b polar=%v,%v inf=%v nan=%v\n", x, a, a, p, p, r, th, cmplx.IsInf(x), cmplx.IsNaN(x))
	}
}
