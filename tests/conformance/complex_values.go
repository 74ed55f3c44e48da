package main

import (
	"fmt"
	"unsafe"
)

type Pair struct {
	A byte
	Z complex64
	B byte
	W complex128
}

type Grid [3][2]complex64

var global = 1 + 2i
var g64 complex64 = 3i
var garr [2]complex128
var gpair = Pair{1, 2i, 3, 4}

func swap(a, b complex128) (complex128, complex128) { return b, a }

func many(a complex64, b float32, c complex128, d int, e complex64, f complex128, g complex64, h complex128) complex128 {
	return complex128(a) + complex(float64(b), 0) + c + complex(float64(d), 0) + complex128(e) + f + complex128(g) + h
}

func named() (z complex128, n int) {
	z = 1i
	n = 2
	return z * z, n
}

func counter() func() complex64 {
	var c complex64
	return func() complex64 {
		c += 1 + 1i
		return c
	}
}

func main() {
	var p Pair
	fmt.Println(unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.Z), unsafe.Offsetof(p.B), unsafe.Offsetof(p.W))
	fmt.Println(unsafe.Sizeof(g64), unsafe.Alignof(g64), unsafe.Sizeof(global), unsafe.Alignof(global))
	fmt.Println(p, gpair, global, g64, garr)
	p = Pair{1, 1 + 1i, 2, -1i}
	q := p
	fmt.Println(p == q, p != q)
	q.Z = complex(1, float32(-garrZero()))
	fmt.Println(p == q, q)
	q.W = complex(0, real(q.W))
	fmt.Println(p == q)
	pp := &p
	pp.Z *= 2
	pp.W = pp.W * pp.W
	fmt.Println(*pp)
	var gr Grid
	gr[1][0] = 5i
	gr[2][1] = gr[1][0] * 2
	fmt.Println(gr, gr == Grid{}, len(gr))
	garr[1] = global
	global *= 2
	fmt.Println(garr, global)
	a, b := swap(1, 2i)
	fmt.Println(a, b)
	fmt.Println(many(1i, 2, 3i, 4, 5, 6i, 7, 8i))
	fmt.Println(named())
	next := counter()
	next()
	next()
	fmt.Println(next())
	s := []complex128{1, 2, 3}
	s = append(s, 4i, 5i)
	t := make([]complex64, 2, 10)
	t[1] = 7
	t = append(t, t...)
	fmt.Println(s, t, s[1:3], len(t), cap(s) >= 5)
	for i, v := range s {
		s[i] = v * 1i
	}
	fmt.Println(s)
	ptr := new(complex64)
	*ptr = 2 + 2i
	*ptr *= *ptr
	fmt.Println(*ptr)
	arr := [...]complex128{2: 1i, 4: 2}
	fmt.Println(arr, len(arr))
	fn := func(c complex128) complex128 { return c * c }
	var fns []func(complex128) complex128
	fns = append(fns, fn, func(c complex128) complex128 { return -c })
	for _, f := range fns {
		fmt.Println(f(1 + 1i))
	}
}

func garrZero() float64 { return real(garr[0]) }
