package main

import (
	"fmt"
	"math"
)

func main() {
	pinf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	fmt.Println(pinf, ninf, nan, negz, math.Inf(0), math.Inf(-5))
	fmt.Println("IsNaN", math.IsNaN(nan), math.IsNaN(pinf), math.IsNaN(0), math.IsNaN(pinf-pinf), math.IsNaN(0*pinf))
	fmt.Println("IsInf", math.IsInf(pinf, 1), math.IsInf(pinf, -1), math.IsInf(pinf, 0), math.IsInf(ninf, -1), math.IsInf(ninf, 0), math.IsInf(nan, 0), math.IsInf(math.MaxFloat64, 0))
	fmt.Println("nan compare", nan == nan, nan != nan, nan < 1, nan > 1, pinf > math.MaxFloat64)
	fmt.Println("Signbit", math.Signbit(-1), math.Signbit(1), math.Signbit(0), math.Signbit(negz), math.Signbit(ninf), math.Signbit(math.Copysign(nan, -1)))
	fmt.Println("Copysign", math.Copysign(3, -1), math.Copysign(-3, 1), math.Copysign(3, negz), math.Copysign(pinf, -2), math.Copysign(0, -0.0))
	fmt.Println("neg zero", negz, 1/negz, negz == 0, math.Float64bits(negz))

	fmt.Printf("Float64bits %x %x %x %x\n", math.Float64bits(1), math.Float64bits(-2), math.Float64bits(pinf), math.Float64bits(0.1))
	fmt.Println("Float64frombits", math.Float64frombits(0x3ff0000000000000), math.Float64frombits(0x400921fb54442d18), math.Float64frombits(1), math.Float64frombits(0x7ff0000000000000), math.Float64frombits(0xfff0000000000000))
	fmt.Println("frombits nan", math.IsNaN(math.Float64frombits(0x7ff8000000000001)))
	fmt.Printf("Float32bits %x %x %x %x\n", math.Float32bits(1), math.Float32bits(-0.5), math.Float32bits(float32(pinf)), math.Float32bits(0.1))
	fmt.Println("Float32frombits", math.Float32frombits(0x3f800000), math.Float32frombits(0x40490fdb), math.Float32frombits(1), math.Float32frombits(0x7f7fffff))
	for _, v := range []float64{0, 1, -1, 0.5, 1e300, 5e-324, 123.456} {
		b := math.Float64bits(v)
		fmt.Println("roundtrip", v, math.Float64frombits(b) == v, b>>52)
	}
	for _, v := range []float32{0, 1, -1, 0.1, 3.4e38, 1e-45} {
		b := math.Float32bits(v)
		fmt.Println("roundtrip32", v, math.Float32frombits(b) == v, b>>23)
	}

	fmt.Println("Max", math.Max(1, 2), math.Max(-1, -2), math.Max(nan, 1), math.Max(1, nan), math.Max(pinf, nan), math.Max(negz, 0), math.Max(0, negz), math.Max(ninf, -1))
	fmt.Println("Min", math.Min(1, 2), math.Min(-1, -2), math.Min(nan, 1), math.Min(1, nan), math.Min(ninf, nan), math.Min(negz, 0), math.Min(0, negz), math.Min(pinf, 1))
	fmt.Println("Max signbits", math.Signbit(math.Max(negz, 0)), math.Signbit(math.Max(negz, negz)), math.Signbit(math.Min(0, negz)), math.Signbit(math.Min(0, 0)))
	fmt.Println("Abs", math.Abs(-3.5), math.Abs(3.5), math.Abs(negz), math.Signbit(math.Abs(negz)), math.Abs(ninf), math.IsNaN(math.Abs(nan)))
	mf := math.MaxFloat64
	fmt.Println("arith", pinf+ninf, pinf*0, 1/pinf, -1/pinf, pinf/pinf, mf+mf)
}
