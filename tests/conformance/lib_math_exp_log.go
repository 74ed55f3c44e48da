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

var lines int

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
	show("Exp", math.Exp, inputs(1500,
		func() float64 { return uniform(-750, 710) },
		func() float64 { return uniform(-2, 2) },
		func() float64 { return wide(-80, 12) },
		func() float64 { return uniform(-1075, -700) }))
	show("Exp2", math.Exp2, inputs(1000,
		func() float64 { return uniform(-1080, 1025) },
		func() float64 { return uniform(-2, 2) },
		func() float64 { return wide(-80, 12) }))
	show("Expm1", math.Expm1, inputs(1500,
		func() float64 { return uniform(-40, 710) },
		func() float64 { return uniform(-2, 2) },
		func() float64 { return uniform(-0.4, 0.4) },
		func() float64 { return wide(-80, 12) },
		func() float64 { return uniform(0, 60) }))
	logIn := inputs(1500,
		func() float64 { return uniform(0, 3) },
		func() float64 { return math.Abs(wide(-1074, 1023)) },
		func() float64 { return uniform(0.5, 1.5) },
		func() float64 { return wide(-1074, 1023) })
	show("Log", math.Log, logIn)
	show("Log10", math.Log10, logIn)
	show("Log2", math.Log2, logIn)
	show("Log1p", math.Log1p, inputs(1500,
		func() float64 { return uniform(-1, 3) },
		func() float64 { return math.Abs(wide(-1074, 1023)) },
		func() float64 { return uniform(-0.3, 0.42) },
		func() float64 { return wide(-60, 60) }))
	show("Logb", math.Logb, logIn)
	fmt.Println("== Ilogb")
	for _, x := range logIn[:200] {
		fmt.Print(math.Ilogb(x), " ")
	}
	fmt.Println()
	fmt.Println("== Pow")
	pw := []float64{0.5, -0.5, 1.5, 2.5, -2.5, 0.25, 1.0 / 3, 10.1, -7.9, 100.01, 0.75, 1e-10, 3, -3, 1e10, 1e300}
	bases := []float64{0, math.Copysign(0, -1), 2, 0.5, 3.7, 10, 1e-10, 1e10, -2, -8, 1.0000001, 0.99999, math.Inf(1), math.Inf(-1), math.NaN(), 7e-310}
	for _, b := range bases {
		for i, y := range pw {
			fmt.Printf("%016x ", math.Float64bits(math.Pow(b, y)))
			if i%8 == 7 {
				fmt.Println()
			}
		}
	}
	for i := 0; i < 1200; i++ {
		var x, y float64
		switch i % 3 {
		case 0:
			x, y = uniform(0, 10), uniform(-20, 20)
		case 1:
			x, y = math.Abs(wide(-100, 100)), uniform(-3, 3)
		default:
			x, y = uniform(-5, 5), float64(int(uniform(-30, 30)))
		}
		fmt.Printf("%016x ", math.Float64bits(math.Pow(x, y)))
		if i%8 == 7 {
			fmt.Println()
		}
	}
	fmt.Println("== Remainder")
	for i := 0; i < 1000; i++ {
		var x, y float64
		switch i % 3 {
		case 0:
			x, y = uniform(-100, 100), uniform(-10, 10)
		case 1:
			x, y = wide(-1074, 1023), wide(-1074, 1023)
		default:
			x, y = wide(-30, 30), wide(-5, 5)
		}
		fmt.Printf("%016x ", math.Float64bits(math.Remainder(x, y)))
		if i%8 == 7 {
			fmt.Println()
		}
	}
	for _, x := range specials {
		for _, y := range []float64{0, math.Copysign(0, -1), 1, -1, 3, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, 0x1p-1022, 5e-324} {
			fmt.Printf("%016x ", math.Float64bits(math.Remainder(x, y)))
		}
		fmt.Println()
	}
	fmt.Println("== text")
	for _, x := range []float64{-1, 0, 0.5, 1, 2, 10, 100, 1e-5} {
		fmt.Println(math.Exp(x), math.Log(x+1), math.Log10(x+1), math.Log2(x+1), math.Expm1(x), math.Log1p(x), math.Exp2(x), math.Pow(x+1, 0.3))
	}
}
