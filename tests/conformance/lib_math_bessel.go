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

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 2, 1.9999999999999998, 8, 7.999999999999999, 4.5454, 4.5453999999999999, 2.8571, 2.8570999999999998,
	0x1p-27, 0x1p-28, 0x1p-13, 0x1p-14, 0x1p-54, 0x1p-55, 0x1p-29, 0x1p-30, 0x1p129, 0x1p130, 0x1p302, 0x1p303, 1e300, math.MaxFloat64, math.MaxFloat64 / 2,
	math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, 2.404825557695773, 3.8317059702075125, 0.8935769662791675, 100, 1000, 1e5, 1e10, 1e20,
	0.5, 1.5, 3, 5, 10, 20, 50, -2, -8, -10.5, -100}

func show(name string, f func(float64) float64, xs []float64) {
	fmt.Printf("== %s\n", name)
	for i, x := range xs {
		fmt.Printf("%016x ", math.Float64bits(f(x)))
		if i%8 == 7 || i == len(xs)-1 {
			fmt.Println()
		}
	}
}

func main() {
	xs := append([]float64{}, specials...)
	for i := 0; i < 1200; i++ {
		switch i % 4 {
		case 0:
			xs = append(xs, uniform(-10, 10))
		case 1:
			xs = append(xs, uniform(0, 100))
		case 2:
			xs = append(xs, wide(-80, 80))
		default:
			xs = append(xs, uniform(0, 2.5))
		}
	}
	show("J0", math.J0, xs)
	show("J1", math.J1, xs)
	show("Y0", math.Y0, xs)
	show("Y1", math.Y1, xs)
	orders := []int{0, 1, -1, 2, -2, 3, -3, 5, -5, 10, 33, 34, -34, 50, 100, 400, math.MinInt64}
	for _, n := range orders {
		fmt.Println("== Jn Yn", n)
		for i, x := range specials {
			fmt.Printf("%016x %016x ", math.Float64bits(math.Jn(n, x)), math.Float64bits(math.Yn(n, x)))
			if i%4 == 3 {
				fmt.Println()
			}
		}
		fmt.Println()
	}
	fmt.Println("== Jn Yn random")
	for i := 0; i < 800; i++ {
		n := int(uniform(-60, 60))
		var x float64
		switch i % 3 {
		case 0:
			x = uniform(0, 80)
		case 1:
			x = uniform(-20, 20)
		default:
			x = wide(-40, 40)
		}
		fmt.Printf("%016x %016x ", math.Float64bits(math.Jn(n, x)), math.Float64bits(math.Yn(n, x)))
		if i%4 == 3 {
			fmt.Println()
		}
	}
	fmt.Println("== text")
	for _, x := range []float64{0, 0.5, 1, 2, 10, 100, 1e-5} {
		fmt.Println(math.J0(x), math.J1(x), math.Y0(x), math.Y1(x), math.Jn(3, x), math.Yn(3, x), math.Jn(-7, x), math.Yn(-7, x))
	}
}
