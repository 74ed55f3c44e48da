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
	math.Pi / 4, math.Pi / 2, math.Pi, 3 * math.Pi / 2, 2 * math.Pi, -math.Pi / 4, 0x1p29, 0x1p29 - 1,
	0x1p30, 1e10, 1e15, 1e22, 0x1p1023, 6381956970095103 * 0x1p797, 5.319372648326541e+255,
	0.66, 0.6600000000000001, 2.414213562373095, 2.4142135623730954, 0.7, 0.7000000000000001,
	1e-14, 1e-7, 1.0000000000000002e-7, 355, 103993, 1.5707963267948966, 0.7853981633974483,
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
	trigIn := inputs(2000,
		func() float64 { return uniform(-10, 10) },
		func() float64 { return uniform(-1e6, 1e6) },
		func() float64 { return wide(-60, 1023) },
		func() float64 { return wide(20, 40) },
		func() float64 { return wide(-1074, 5) })
	show("Sin", math.Sin, trigIn)
	show("Cos", math.Cos, trigIn)
	show("Tan", math.Tan, trigIn)
	fmt.Println("== Sincos")
	for i, x := range trigIn {
		s, c := math.Sincos(x)
		fmt.Printf("%016x %016x ", math.Float64bits(s), math.Float64bits(c))
		if i%4 == 3 {
			fmt.Println()
		}
	}
	fmt.Println()
	unitIn := inputs(1500,
		func() float64 { return uniform(-1, 1) },
		func() float64 { return uniform(0.6, 1) },
		func() float64 { return wide(-1074, 0) },
		func() float64 { return uniform(-1.5, 1.5) })
	show("Asin", math.Asin, unitIn)
	show("Acos", math.Acos, unitIn)
	atanIn := inputs(1500,
		func() float64 { return uniform(-5, 5) },
		func() float64 { return wide(-1074, 1023) },
		func() float64 { return uniform(0.5, 3) },
		func() float64 { return wide(-10, 10) })
	show("Atan", math.Atan, atanIn)
	fmt.Println("== Atan2")
	sp := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, -2.5, math.Inf(1), math.Inf(-1), math.NaN(), 1e-310, -1e300}
	for _, y := range sp {
		for _, x := range sp {
			fmt.Printf("%016x ", math.Float64bits(math.Atan2(y, x)))
		}
		fmt.Println()
	}
	for i := 0; i < 1200; i++ {
		var y, x float64
		if i%2 == 0 {
			y, x = uniform(-10, 10), uniform(-10, 10)
		} else {
			y, x = wide(-300, 300), wide(-300, 300)
		}
		fmt.Printf("%016x ", math.Float64bits(math.Atan2(y, x)))
		if i%8 == 7 {
			fmt.Println()
		}
	}
	fmt.Println("== text")
	for _, x := range []float64{-1, 0, 0.5, 1, 2, 10, 100, 1e-5, 1e20} {
		s, c := math.Sincos(x)
		fmt.Println(math.Sin(x), math.Cos(x), math.Tan(x), s, c, math.Atan(x), math.Asin(x/100), math.Acos(x/100), math.Atan2(x, -3))
	}
}
