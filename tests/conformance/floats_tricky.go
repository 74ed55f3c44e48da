package main

import "fmt"

type Money float64

func (m Money) Show(tag string) { fmt.Println(tag, float64(m), m*100) }

func (m *Money) Add(d Money) { *m += d }

func heavy(k float64) float64 {
	a, b, c, d, e := k+1, k+2, k+3, k+4, k+5
	f, g, h, i, j := k*1.5, k*2.5, k*3.5, k*4.5, k*5.5
	var p, q, r float32 = float32(k), float32(k) / 3, float32(k) * 0.1
	z := ident(k)
	return a + b + c + d + e + f + g + h + i + j + float64(p+q+r) + z
}

func ident(x float64) float64 { return x }

func spread(a, b, c, d, e, f, g, h float64, i, j, k, l, m, n, o, p float32) {
	fmt.Println("spread", a+b+c+d+e+f+g+h, i+j+k+l+m+n+o+p)
}

func main() {
	const tf float64 = 3
	var n int = int(tf)
	arr := [...]float64{3.0: 1.5, 0.5}
	fmt.Println(n, arr, len(arr))
	const a32 float32 = 0.1
	const b32 = a32 * 3
	var r32 float32 = 0.1
	fmt.Println(b32, r32*3, b32 == r32*3, float64(b32))
	const t1 float64 = 1.0 / 3
	fmt.Println(t1*3 == 1, float32(16777217), float32(16777219))
	zero := 0.0
	nan := zero / zero
	switch nan {
	case nan:
		fmt.Println("matched nan")
	default:
		fmt.Println("nan matches nothing")
	}
	fmt.Println(zero/0.0, 2.5/zero, -zero/0, (zero+1)/0, zero*0/-0.0)
	switch -zero {
	case 0:
		fmt.Println("neg zero matches 0")
	}
	var f32 float32 = 0.1
	fmt.Println(f32 == 0.1, float64(f32) == 0.1, f32 > 0.1, float64(f32) > 0.1)
	fmt.Println(heavy(2), heavy(-0.5))
	spread(1, 2, 3, 4, 5, 6, 7, 8.5, 1, 2, 3, 4, 5, 6, 7, 0.25)
	m := Money(1.25)
	defer m.Show("deferred value")
	defer (&m).Show("deferred ptr")
	show := m.Show
	m.Add(0.5)
	defer show("bound early")
	defer func() { m.Show("closure late") }()
	m.Add(0.01)
	defer spread(m.f(), 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, float32(m))
	fmt.Println(m, m == 1.76, Money(1.76) == 1.76)
	fs := []float64{3, 1, 2}
	for i, v := range fs {
		fs[len(fs)-1-i] += v / 10
	}
	fmt.Println(fs)
	var acc float32
	add := func(d float32) { acc += d }
	for i := 0; i < 5; i++ {
		add(float32(i) * 0.2)
	}
	fmt.Println(acc, acc == 2)
}

func (m Money) f() float64 { return float64(m) * 2 }
