package main

import "fmt"

type Rec struct {
	flag bool
	n    uint8
	m    int16
	k    uint32
	big  int64
}

func bump(p *uint8)  { *p += 200 }
func neg(p *int16)   { *p = -*p }
func incr(r *Rec)    { r.n++; r.m--; r.k *= 3; r.big <<= 1 }
func mk(x int8) (Rec, uint8, int8) {
	return Rec{x < 0, uint8(x), int16(x) * 300, uint32(x), int64(x) << 56}, uint8(x) >> 1, x >> 1
}

func main() {
	r, u, s := mk(-3)
	fmt.Println(r, u, s)
	bump(&r.n)
	neg(&r.m)
	fmt.Println(r)
	incr(&r)
	fmt.Println(r)
	p := &r.k
	*p = *p + 4294967295
	fmt.Println(r.k, *p)
	var m int16 = -32768
	neg(&m)
	fmt.Println(m)
	rs := []Rec{r, r}
	rs[1].n = 0
	incr(&rs[1])
	fmt.Println(rs[0] == rs[1], rs[1].n, rs[0].n)
	defer func() {
		fmt.Println("recovered", recover())
	}()
	var np *uint8
	bump(np)
}
