package main

import (
	"fmt"
	"unsafe"
)

type Padded struct {
	A bool
	B int64
	C byte
	D int16
	E byte
}

type Inner struct {
	X byte
	Y int32
}

type Outer struct {
	Tag  byte
	In   Inner
	Last int16
}

type Base struct {
	ID   int32
	Flag bool
}

type Derived struct {
	Name string
	Base
	Score float32
}

type Empty struct{}

type TrailingEmpty struct {
	N int32
	E struct{}
}

var x int32
var arr [unsafe.Sizeof(int32(0))]byte

const n = unsafe.Sizeof(x)
const al = unsafe.Alignof(Padded{})

func main() {
	fmt.Println(unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(int64(0)), unsafe.Sizeof(int(0)))
	fmt.Println(unsafe.Sizeof(uint8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(uint32(0)), unsafe.Sizeof(uint64(0)), unsafe.Sizeof(uint(0)), unsafe.Sizeof(uintptr(0)))
	fmt.Println(unsafe.Sizeof(float32(0)), unsafe.Sizeof(float64(0)), unsafe.Sizeof(true), unsafe.Sizeof("hello"), unsafe.Sizeof('r'))
	var s []int
	var m map[string]int
	var p *int
	var i any
	var e error
	var f func(int) int
	fmt.Println(unsafe.Sizeof(s), unsafe.Sizeof(m), unsafe.Sizeof(p), unsafe.Sizeof(i), unsafe.Sizeof(e), unsafe.Sizeof(f), unsafe.Sizeof(unsafe.Pointer(nil)))
	fmt.Println(unsafe.Sizeof([3]int16{}), unsafe.Sizeof([5]byte{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([2]string{}), unsafe.Sizeof([4]bool{}))
	var pd Padded
	fmt.Println(unsafe.Sizeof(pd), unsafe.Alignof(pd), unsafe.Offsetof(pd.A), unsafe.Offsetof(pd.B), unsafe.Offsetof(pd.C), unsafe.Offsetof(pd.D), unsafe.Offsetof(pd.E))
	var o Outer
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o), unsafe.Offsetof(o.In), unsafe.Offsetof(o.Last), unsafe.Offsetof(o.In.Y))
	var d Derived
	fmt.Println(unsafe.Sizeof(d), unsafe.Offsetof(d.Base), unsafe.Offsetof(d.ID), unsafe.Offsetof(d.Flag), unsafe.Offsetof(d.Score), unsafe.Offsetof(d.Base.Flag))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Alignof(Empty{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(TrailingEmpty{}))
	fmt.Println(unsafe.Alignof(int8(0)), unsafe.Alignof(int16(0)), unsafe.Alignof(int32(0)), unsafe.Alignof(int64(0)), unsafe.Alignof(float32(0)), unsafe.Alignof(float64(0)))
	fmt.Println(unsafe.Alignof(s), unsafe.Alignof("x"), unsafe.Alignof(i), unsafe.Alignof([3]int16{}), unsafe.Alignof(true), unsafe.Alignof(Inner{}))
	fmt.Println(n, al, len(arr), unsafe.Sizeof(arr))
	var big [unsafe.Sizeof(Padded{}) / 8]int
	fmt.Println(len(big))
	var sz uintptr = unsafe.Sizeof(d)
	fmt.Println(sz*2, unsafe.Sizeof(sz))
	type Local struct {
		a byte
		b [3]int32
		c bool
	}
	var l Local
	fmt.Println(unsafe.Sizeof(l), unsafe.Offsetof(l.b), unsafe.Offsetof(l.c), unsafe.Alignof(l.b))
	fmt.Println(unsafe.Sizeof(struct {
		a int8
		b int64
	}{}), unsafe.Sizeof(struct {
		a int64
		b int8
	}{}))
}
