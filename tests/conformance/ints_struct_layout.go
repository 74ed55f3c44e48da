package main

import "fmt"

type S struct {
	a int8
	b int64
	c uint16
	d bool
	e int32
	f byte
	g string
	h uint32
}

type P struct {
	x, y int16
	z    uint8
}

func mk(n int) S {
	return S{int8(n), int64(n) * -1000000000000, uint16(n * 1000), n%2 == 0, int32(n) - 2147483647, byte(n + 250), "s", uint32(n) + 4294967290}
}

func main() {
	s := mk(7)
	fmt.Println(s)
	s.a -= 127
	s.c += 65000
	s.f++
	fmt.Println(s.a, s.c, s.f, s.h, s.e, s.d, s.g, s.b)
	p := &s
	p.h += 10
	p.a = -128
	fmt.Println(*p)
	q := P{1, -1, 255}
	r := P{1, -1, 255}
	fmt.Println(q == r, q != r, q)
	r.z++
	fmt.Println(q == r, r)
	r.z = 255
	r.y = int16(-1)
	fmt.Println(q == r)
	ps := []P{{1, 2, 3}, {-32768, 32767, 128}}
	ps[1].x--
	ps[1].z <<= 1
	fmt.Println(ps, len(ps))
}
