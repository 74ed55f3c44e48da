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
	0.84375, 0.84374999999999989, 1.25, 1.2499999999999998, 2.857142857142857, 2.8571428571428577, 6, 5.999999999999999,
	28, 27.999999999999996, 0.25, 0.24999999999999997, 2.848094538889218e-306, 0x1p-56, 0x1p-57, 33, 33.5, -33.5, 34,
	143.01608, 143.1, 171.6, 171.7, 172, 200, 200.1, -170.5, -171.5, -180.5, -0.5, -1.5, -2.5, 1e-9, -1e-9, 1e-10, -1e-10, 4.5,
	1.4616321449683622, 0.7316, 0.2316, 1.7316, 1.2316, 0.9, 0.9000000000000001, 7.999999999999999, 0x1p58, 0x1p52, -0x1p52, -0x1p53 - 2,
	0x1p-70, 0x1p-71, -0x1p-71, -3, -4, 1e17, 0.85, 0.8500000000000001, 0.9999, -0.9999999999999999, 0.9999999999999999,
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
	erfIn := inputs(1500,
		func() float64 { return uniform(-7, 7) },
		func() float64 { return uniform(-30, 30) },
		func() float64 { return wide(-1074, 6) },
		func() float64 { return uniform(-1.5, 1.5) })
	show("Erf", math.Erf, erfIn)
	show("Erfc", math.Erfc, erfIn)
	invIn := inputs(1000,
		func() float64 { return uniform(-1, 1) },
		func() float64 { return uniform(0.8, 1) },
		func() float64 { return 1 - math.Abs(wide(-60, -1)) },
		func() float64 { return wide(-1074, 0) })
	show("Erfinv", math.Erfinv, invIn)
	show("Erfcinv", math.Erfcinv, inputs(800,
		func() float64 { return uniform(0, 2) },
		func() float64 { return math.Abs(wide(-1074, 0)) },
		func() float64 { return 2 - math.Abs(wide(-60, -1)) }))
	gamIn := inputs(1500,
		func() float64 { return uniform(-40, 40) },
		func() float64 { return uniform(-5, 5) },
		func() float64 { return uniform(0, 180) },
		func() float64 { return uniform(-190, -30) },
		func() float64 { return wide(-80, 10) },
		func() float64 { return float64(int(uniform(-50, 50))) + 0.5 })
	show("Gamma", math.Gamma, gamIn)
	lgIn := append(gamIn, inputs(600,
		func() float64 { return wide(-1074, 1023) },
		func() float64 { return uniform(0, 10) },
		func() float64 { return uniform(-10, 0) })...)
	fmt.Println("== Lgamma")
	for i, x := range lgIn {
		l, s := math.Lgamma(x)
		fmt.Printf("%016x %2d ", math.Float64bits(l), s)
		if i%6 == 5 {
			fmt.Println()
		}
	}
	fmt.Println()
	fmt.Println("== text")
	for _, x := range []float64{-1.5, 0, 0.5, 1, 2, 10, 100, 1e-5, 0.3} {
		l, s := math.Lgamma(x)
		fmt.Println(math.Erf(x), math.Erfc(x), math.Erfinv(x/101), math.Erfcinv(x/101), math.Gamma(x), l, s)
	}
}
