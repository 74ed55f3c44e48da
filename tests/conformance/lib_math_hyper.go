package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed ^ seed>>29
}

// uniform returns a value in [lo, hi).
func uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*(float64(next()>>11)/(1<<53))
}

// wide returns a finite value with a random sign, an exponent in [elo, ehi] and random
// significand bits.
func wide(elo, ehi int) float64 {
	r := next()
	e := elo + int(r%uint64(ehi-elo+1))
	m := next() & (1<<52 - 1)
	b := uint64(e+1023)<<52 | m
	if e < -1022 {
		b = m >> uint(-1022-e)
	}
	if r>>63 == 1 {
		b |= 1 << 63
	}
	return math.Float64frombits(b)
}

var specials = []float64{
	21, 21.000000000000004, 20.999999999999996, 44.014845965556525, 44.01484596555653, 0.625, 0.6249999999999999,
	0x1p28, 0x1p28 + 1, 0x1p28 - 1, 1.0000000001, 0.49999999999999994, 710.4, 710.5, -710.5, 1e-8, -1e-8, 0.9999999999, -0.9999999999,
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 0.1, -0.1,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000001),
	math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, 0x1p-1022, 0x1.8p-1030,
	math.MaxFloat64, -math.MaxFloat64, 1e-300, 1e300, 1e-20, -1e-20, 0x1p-28, 0x1p-29,
	0x1p-54, 0x1p-55, 1e-9, 709.782712893384, 709.7827128933841, 709.78, 710, -708.39,
	-745.1332191019411, -745.1332191019412, -746, -744.5, -740, -1000, -1e10, -1e300,
	1023.9999999999999, 1024, -1074, -1075, -1073.5, 1.5e-7, 88.7, 20.5, 36, 40, 56, 57,
	0.34657359027997264, 0.3465735902799727, 1.0397207708399179, 1.039720770839918,
	38.816242111356935, 38.81624211135694, 0.6931471805599453, -0.6931471805599453,
	0.41421356237309503, 0.4142135623730951, -0.2928932188134524, -0.29289321881345254,
	0.7071067811865475, 0.7071067811865476, 1.4142135623730951, 1.414213562373095,
	math.E, math.Pi, 100, 1e15, 0x1p53, 0x1p53 + 2, 9.5, 8, 1024, 0x1p-1023, -0.9999999,
	0.9999999999999999, 1.0000000000000002, 0.25, -0.25, 0x1.fffffffffffffp-1,
	math.Float64frombits(0x3FE6A09E667F3BCD), math.Float64frombits(0x3FE6A09E667F3BCC),
	math.Float64frombits(0x3FE6A09E667F3BCE), math.Float64frombits(0x000A09E667F3BCD),
}

func show(name string, f func(float64) float64, xs []float64) {
	fmt.Printf("== %s\n", name)
	for i, x := range xs {
		fmt.Printf("%016x ", math.Float64bits(f(x)))
		if i%8 == 7 || i == len(xs)-1 {
			fmt.Println()
		}
	}
}

func inputs(n int, gens ...func() float64) []float64 {
	xs := append([]float64{}, specials...)
	for i := 0; i < n; i++ {
		xs = append(xs, gens[i%len(gens)]())
	}
	return xs
}

func main() {
	hypIn := inputs(1500,
		func() float64 { return uniform(-5, 5) },
		func() float64 { return uniform(-30, 30) },
		func() float64 { return wide(-1074, 10) },
		func() float64 { return uniform(-0.7, 0.7) },
		func() float64 { return uniform(-720, 720) })
	show("Sinh", math.Sinh, hypIn)
	show("Cosh", math.Cosh, hypIn)
	show("Tanh", math.Tanh, hypIn)
	invIn := inputs(1500,
		func() float64 { return uniform(-5, 5) },
		func() float64 { return wide(-1074, 1023) },
		func() float64 { return uniform(0.9, 3) },
		func() float64 { return uniform(-1, 1) },
		func() float64 { return wide(-40, 40) })
	show("Asinh", math.Asinh, invIn)
	show("Acosh", math.Acosh, invIn)
	show("Atanh", math.Atanh, invIn)
	fmt.Println("== text")
	for _, x := range []float64{-1, 0, 0.5, 1, 2, 10, 100, 1e-5, 1e20} {
		fmt.Println(math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Asinh(x), math.Acosh(x), math.Atanh(x/11))
	}
}
