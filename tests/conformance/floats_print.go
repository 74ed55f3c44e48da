package main

import "fmt"

type Pt struct {
	X float64
	Y float32
}

type Box struct {
	Name string
	P    Pt
	W    []float64
}

func main() {
	zero := 0.0
	negz := -zero
	nan := zero / zero
	inf := 1 / zero
	v64 := []float64{1e6, 123456, 1234567, 1e20, 1e21, 1e-4, 1e-5, 0.1, 100, negz, nan, inf, -inf,
		5e-324, 1.7976931348623157e308, 0.30000000000000004, 2.2250738585072014e-308, 123456789012345678, 1.0 / 3}
	for _, v := range v64 {
		fmt.Println(v)
	}
	var f32 float32 = 0.1
	v32 := []float32{f32, 1e6, 1234567, 12345678, 1e20, 1e21, 1e-5, 3.4028235e38, 1.4e-45, 16777216, float32(negz), float32(nan), float32(-inf), 1.0 / 3}
	for _, v := range v32 {
		fmt.Println(v)
	}
	fmt.Println(f32, float64(f32), 1.5, float32(2.5), 2.0, float32(-3))
	println(1.5, -1.5, f32, 0.1, 100.0, 1e20, 1e-5, 123456789.0)
	println(zero, negz, nan, inf, -inf, 5e-324, 1.7976931348623157e308, float32(3.4028235e38))
	println(float32(1e-45), 1.0/3, float32(1)/3)
	fmt.Print(1.5, 2.5, "x", 3.0, 4.0, "\n")
	fmt.Print(1.5, "\n")
	fmt.Print(f32, -f32, nan, "\n")
	arr := [4]float64{1, 2.5, negz, nan}
	sl := []float32{0.1, 0.25, -inf32()}
	fmt.Println(arr, sl, len(sl))
	fmt.Println([]float64{}, []float64(nil), [0]float32{})
	p := Pt{1.25, 0.1}
	fmt.Println(p, &p, []Pt{{1, 2}, {-0.5, 1e21}})
	b := &Box{"b", Pt{inf, 3}, []float64{0.1, 0.2}}
	fmt.Println(b, *b)
	m := map[string]float64{"z": 1e-7, "a": 2, "m": nan}
	fmt.Println(m)
	m32 := map[int]float32{3: 0.1, 1: 1e10, 2: -0}
	fmt.Println(m32)
	pp := &p.X
	fmt.Println(*pp, pp == &p.X)
	var anys = []any{1.0, float32(1), 1, 1e100, nil}
	fmt.Println(anys...)
	fmt.Println(anys)
	fmt.Println(1e21-1e5, 999999999999999999999.0, 1e20+1)
	fmt.Println(0.000001, 0.0000001, 0.00001234, 12345678901234567890.0)
}

func inf32() float32 {
	var z float32
	return 1 / z
}
