package main

import "fmt"

func div(a, b float64) float64 { return a / b }

func div32(a, b float32) float32 { return a / b }

func main() {
	var a64, b64 float64 = 0.1, 0.2
	var a32, b32 float32 = 0.1, 0.2
	fmt.Println(a64+b64, a32+b32, float64(a32+b32))
	fmt.Println(a64*3, a32*3, a64*3 == 0.3, a32*3 == 0.3)
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+1 == big32, big32+2)
	var big64 float64 = 9007199254740992
	fmt.Println(big64+1 == big64, big64+2)
	zero := 0.0
	one := 1.0
	fmt.Println(one/zero, -one/zero, zero/zero, div(-3, 0), div32(1, 0), div32(0, 0))
	nan := zero / zero
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan, !(nan < 1))
	inf := one / zero
	fmt.Println(inf == inf, inf > 1e308, -inf < -1e308, inf-inf, inf*0, inf+inf, inf/inf)
	negz := -zero
	fmt.Println(negz == zero, negz, zero, 1/negz, 1/zero, negz < zero)
	var nz32 float32 = 0
	nz32 = -nz32
	fmt.Println(nz32, 1/nz32, nz32+0, 0-nz32)
	x := 1.5
	x += 2.25
	x *= 2
	x -= 0.5
	x /= 4
	fmt.Println(x)
	x++
	x++
	x--
	fmt.Println(x)
	var f float32 = 0.5
	f++
	f *= 3
	f -= 0.25
	f /= 0.5
	fmt.Println(f, -f, - -f)
	var acc float32
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc += 0.1
		acc64 += 0.1
	}
	fmt.Println(acc, acc64, acc == 1, acc64 == 1)
	h := 1e308
	fmt.Println(h*10, -h*10, h*10/10)
	s := 5e-324
	fmt.Println(s/2, s*0.5, -s/2, 1/(-s/2))
	m := 3.0
	fmt.Println(-m, -(m - 3), 0-(m-3), 1/(-(m - 3)), 1/(0-(m-3)))
	p, q := 7.0, 2.0
	fmt.Println(p/q, -p/q, p/-q, float32(p)/float32(q))
	var t float32 = 3.4e38
	fmt.Println(t*2, t+t-t, -t*2)
	u := 1.0000000000000002
	fmt.Println(u-1, u*u, (u-1)*4503599627370496)
	c := 100.0
	c = c * 1.1
	fmt.Println(c, c == 110, float32(c) == 110)
}
