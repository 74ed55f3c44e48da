package main

import (
	"fmt"
	"math"
	"strconv"
)

type Meters float64

func main() {
	zero := 0.0
	one := 1.0
	posInf := one / zero
	negInf := -one / zero
	nan := zero / zero
	negZero := -zero // -0.0 as a constant would be +0; negating a variable gives -0
	negZero2 := math.Copysign(0, -1)

	fmt.Println(posInf, negInf, nan, negZero, negZero2, zero)
	println(posInf, negInf, nan, negZero, zero)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, math.IsNaN(nan), negZero == zero, math.Signbit(negZero))
	fmt.Println(1/negZero, math.IsInf(posInf, 1), posInf-posInf, posInf*zero, -posInf == negInf)

	vals := []float64{0.1, 1.0 / 3, 2.5, 100, 1e6, 1e21, 1e-7, 123456789.0, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Println(v, float32(v))
		println(v)
	}
	fmt.Printf("%v %g %f %.3f %e %E %8.2f|%-8.2f|%+.1f %x\n", 3.14159, 3.14159, 3.14159, 3.14159, 314.159, 0.000314, 3.14159, 3.14159, 2.0, 1.0)
	fmt.Printf("%5.1f %05.1f %.0f %.0f %.0f %.0f\n", -2.345, 2.345, 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%v %v %v %.2f\n", float32(0.1), float64(float32(0.1)), float32(16777217), nan)

	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3, math.Abs(a+b-0.3) < 1e-9, 0.1+0.2 == 0.3) // the constant sum is exact

	f := 7.9
	nf := -7.9
	big := 1e20
	fmt.Println(int(f), int(nf), int64(big/1e10), math.Floor(nf), math.Ceil(nf), math.Trunc(nf), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Remainder(7, 3), math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 0.5), math.Hypot(3, 4))
	fmt.Println(math.Max(nan, 1), math.Min(negZero, zero), math.Max(negInf, -1e308), min(3.5, 2, 8), max(-1.0, negZero))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(-2), math.Float64frombits(0x7ff0000000000000), math.Nextafter(1, 2)-1)

	var m Meters = 12.5
	m *= 2
	fmt.Println(m, float64(m)/3, Meters(7)/2, 7/2, 7/2.0)

	var f32 float32 = 16777216
	f32++
	fmt.Println(f32, f32 == 16777216, float32(1)/3)

	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1, strconv.FormatFloat(sum, 'f', -1, 64))

	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c), c == complex(1, 2))

	defer func() {
		fmt.Println("recovered:", recover(), "no panic for float division by zero:", 1/zero)
	}()
	n := int(zero)
	fmt.Println(10 / n)
}
