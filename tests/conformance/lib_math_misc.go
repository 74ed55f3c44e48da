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

func hex(xs ...float64) {
	for _, x := range xs {
		fmt.Printf("%016x ", math.Float64bits(x))
	}
}

var edge = []float64{0, math.Copysign(0, -1), 1, -1, 1.5, -0.75, 3, math.Inf(1), math.Inf(-1), math.NaN(),
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, 0x1p-1022, -0x1p-1022, 0x1p-537, 0x1p511, 0x1.0000000000001p0, 0x1.fffffffffffffp-1}

func main() {
	fmt.Println("== FMA edges")
	for _, x := range edge {
		for _, y := range edge {
			for _, z := range edge {
				hex(math.FMA(x, y, z))
			}
			fmt.Println()
		}
	}
	fmt.Println("== FMA random")
	for i := 0; i < 3000; i++ {
		var x, y, z float64
		switch i % 6 {
		case 0:
			x, y, z = uniform(-10, 10), uniform(-10, 10), uniform(-100, 100)
		case 1:
			x, y, z = wide(-1074, 1023), wide(-1074, 1023), wide(-1074, 1023)
		case 2:
			// Near-cancellation: z close to -x*y.
			x, y = wide(-20, 20), wide(-20, 20)
			z = -(x * y)
			if i%12 == 2 {
				z = math.Nextafter(z, 0)
			}
		case 3:
			// Results in the subnormal range.
			x, y, z = wide(-560, -500), wide(-560, -500), wide(-1074, -1000)
		case 4:
			// Overflow boundary.
			x, y, z = wide(500, 520), wide(500, 520), wide(1000, 1023)
		default:
			// Addend far below the product, or far above.
			x, y, z = wide(-5, 5), wide(-5, 5), wide(-200, 200)
		}
		hex(math.FMA(x, y, z))
		if i%8 == 7 {
			fmt.Println()
		}
	}
	fmt.Println("== Cbrt")
	for _, x := range edge {
		hex(math.Cbrt(x))
	}
	fmt.Println()
	for i := 0; i < 1500; i++ {
		var x float64
		switch i % 3 {
		case 0:
			x = uniform(-30, 30)
		case 1:
			x = wide(-1074, 1023)
		default:
			x = float64(int(uniform(-50, 50)))
			x = x * x * x
		}
		hex(math.Cbrt(x))
		if i%8 == 7 {
			fmt.Println()
		}
	}
	fmt.Println("== Pow10")
	for n := -330; n <= 315; n++ {
		hex(math.Pow10(n))
		if (n+330)%8 == 7 {
			fmt.Println()
		}
	}
	hex(math.Pow10(math.MaxInt64), math.Pow10(math.MinInt64), math.Pow10(1000), math.Pow10(-1000))
	fmt.Println()
	fmt.Println("== Nextafter32")
	f32 := []float32{0, float32(math.Copysign(0, -1)), 1, -1, math.MaxFloat32, -math.MaxFloat32, math.SmallestNonzeroFloat32,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 0.1, 1e-38}
	for _, x := range f32 {
		for _, y := range f32 {
			fmt.Printf("%08x ", math.Float32bits(math.Nextafter32(x, y)))
		}
		fmt.Println()
	}
	fmt.Println("== Logb Ilogb")
	for _, x := range edge {
		hex(math.Logb(x))
		fmt.Print(math.Ilogb(x), " ")
	}
	fmt.Println()
	for i := 0; i < 400; i++ {
		x := wide(-1074, 1023)
		hex(math.Logb(x))
		fmt.Print(math.Ilogb(x), " ")
		if i%6 == 5 {
			fmt.Println()
		}
	}
	fmt.Println("== text")
	for _, x := range []float64{-8, 0, 0.5, 1, 2, 27, 1000, 1e-5, 1e300} {
		fmt.Println(math.Cbrt(x), math.FMA(x, 0.1, 0.3), math.Logb(x), math.Ilogb(x), math.Pow10(int(x)), math.Nextafter32(float32(x), 0), math.Remainder(x, 3))
	}
}
