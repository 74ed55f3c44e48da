package main

import (
	"fmt"
	"unsafe"
)

type Pair struct{ a, b int }

var gp *int
var gs []int

func scribble(n int) int {
	var a [40]int
	for i := range a {
		a[i] = n*5 + i
	}
	if n > 0 {
		return a[1] + scribble(n-1)
	}
	return a[0]
}

func viaAdd(v int) *int {
	var arr [3]int
	arr[0], arr[1], arr[2] = v, v+1, v+2
	return (*int)(unsafe.Add(unsafe.Pointer(&arr[0]), 8))
}

func viaAddZero(v int) *int {
	x := v
	return (*int)(unsafe.Add(unsafe.Pointer(&x), 0))
}

func viaAddGlobal(v int) {
	p := Pair{v, v * 2}
	gp = (*int)(unsafe.Add(unsafe.Pointer(&p), unsafe.Offsetof(p.b)))
}

func viaPointerConv(v int) *int {
	p := Pair{v, -v}
	return (*int)(unsafe.Pointer(&p))
}

func viaUnsafeSlice(v int) []int {
	var arr [4]int
	for i := range arr {
		arr[i] = v * i
	}
	return unsafe.Slice(&arr[1], 3)
}

func viaSliceData(v int) *int {
	var arr [2]int
	arr[0] = v
	s := arr[:]
	return unsafe.SliceData(s)
}

func viaUnsafeString(v byte) string {
	var buf [4]byte
	for i := range buf {
		buf[i] = v + byte(i)
	}
	return unsafe.String(&buf[0], 4)
}

func viaSliceGlobal(v int) {
	var arr [3]int
	arr[0], arr[1], arr[2] = v, v, v+1
	gs = unsafe.Slice((*int)(unsafe.Pointer(&arr)), 3)
}

func main() {
	a := viaAdd(10)
	b := viaAddZero(20)
	viaAddGlobal(30)
	c := viaPointerConv(40)
	d := viaUnsafeSlice(5)
	e := viaSliceData(60)
	f := viaUnsafeString('p')
	viaSliceGlobal(70)
	fmt.Println(scribble(10))
	fmt.Println(*a, *b, *gp, *c, d, *e, f, gs)
}
