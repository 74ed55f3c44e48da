package main

import "fmt"

func many(a float64, b float32, c int, d float64, e float32, f int8, g float64, h float64,
	i float32, j float64, k float64, l float64, m float32, n float64, o float64, p float64, q float32, r float64) (float64, float32) {
	s64 := a + d + g + h + j + k + l + n + o + p + r
	s32 := b + e + i + m + q
	return s64 + float64(c) + float64(f), s32
}

func swap(a float32, b float64) (float64, float32) { return b, a }

func sum(xs ...float64) (t float64) {
	for _, x := range xs {
		t += x
	}
	return
}

func classify(x float64) string {
	switch {
	case x != x:
		return "nan"
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	}
	switch x {
	case 0.5, 1.5:
		return "half"
	case 1e21:
		return "big"
	}
	return "pos"
}

type Op func(float32, float32) float32

func apply(op Op, a, b float32) float32 { return op(a, b) }

func counter(step float64) func() float64 {
	v := 0.0
	return func() float64 { v += step; return v }
}

func main() {
	x, y := many(1, 2, 3, 4, 5, -6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 0.125)
	fmt.Println(x, y)
	a, b := swap(0.1, 0.2)
	fmt.Println(a, b)
	a, b = swap(b, a)
	fmt.Println(a, b)
	fmt.Println(sum(), sum(0.1, 0.2, 0.3), sum([]float64{1e100, 1, -1e100}...))
	zero := 0.0
	for _, v := range []float64{zero / zero, -1, -zero, 0.5, 1.5, 1e21, 2} {
		fmt.Print(classify(v), " ")
	}
	fmt.Println()
	mul := func(p, q float32) float32 { return p * q }
	fmt.Println(apply(mul, 0.1, 3), apply(func(p, q float32) float32 { return p - q }, 1, 0.9))
	c := counter(0.1)
	c()
	c()
	fmt.Println(c(), c())
	steps := 0
	for f := 0.0; f < 1; f += 0.1 {
		steps++
	}
	fmt.Println("steps", steps)
	var f32 float32
	n := 0
	for f32 = 1; f32 != 0; f32 /= 2 {
		n++
	}
	fmt.Println("halvings32", n)
	d := 1.0
	n = 0
	for d+1 != 1 {
		d /= 2
		n++
	}
	fmt.Println("epsilon steps", n, d)
	fs := make([]float32, 3, 10)
	fs = append(fs, 1.5, 2.5)
	copy(fs, []float32{9, 8})
	fmt.Println(fs, len(fs), cap(fs))
	pts := []*float64{&a, &x}
	*pts[0] *= 2
	fmt.Println(a, *pts[1])
	var fn func(float64) float64
	fn = func(v float64) float64 {
		if v < 1 {
			return v
		}
		return fn(v / 3)
	}
	fmt.Println(fn(100))
}
