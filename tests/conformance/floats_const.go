package main

import "fmt"

const third = 1 / 3.0
const tenth = 0.1
const big = 1e300
const tiny = 1e-300

type Weight float64

const (
	W0 Weight = iota * 0.5
	W1
	W2
	W3
)

type Ratio float32

const (
	R1 Ratio = 1.0 / (iota + 1)
	R2
	R3
)

func main() {
	fmt.Println(0.1+0.2 == 0.3, tenth+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
	fmt.Println(third*3 == 1, third*3)
	fmt.Println(big*tiny, big*big/big, 1e400/1e390)
	fmt.Println(0x1p-2, 0x1.8p1, 0X_1FFFP-16, 0x.8p0)
	fmt.Println(1_000.000_5, 6.022_140e23, 1_5e-1)
	const f32 float32 = 0.1
	const f64 float64 = 0.1
	fmt.Println(float64(f32), f64, float64(f32) == f64)
	fmt.Println(float32(f64) == f32, f32)
	var i int = 2.0
	var j int64 = 1e3
	var k uint8 = 255.0
	var arr [1e1]int
	s := []string{"a", "b", "c"}
	fmt.Println(i, j, k, len(arr), s[1.0], s[2e0])
	arr[3.0] = 7
	fmt.Println(arr)
	fmt.Println(W0, W1, W2, W3, W3+W1)
	fmt.Println(R1, R2, R3, float64(R3))
	const huge = 1 << 100
	fmt.Println(huge/float64(1<<90), huge>>98)
	const exact = 1e100 / 1e98
	var n int = exact
	fmt.Println(n, exact)
	const pi = 3.14159265358979323846264338327950288419716939937510582097494459
	fmt.Println(pi, float32(pi), pi*1e10-31415926535)
	var e float64 = 5 / 2
	var g float64 = 5.0 / 2
	fmt.Println(e, g, 7/2*2.0, 7/2.0*2)
	fmt.Println(1e-320, 4.9e-324, 1e308*10/100)
	var z float32 = 1e-46
	fmt.Println(z, z == 0)
	const c = 'a' * 1.5
	fmt.Println(c, 'a'+0.5)
}
