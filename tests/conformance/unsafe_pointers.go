package main

import (
	"fmt"
	"unsafe"
)

type Pair struct {
	A int32
	B int32
}

type Hdr struct {
	Kind byte
	Len  int64
}

func main() {
	x := int64(0x0102030405060708)
	b := (*[8]byte)(unsafe.Pointer(&x))
	fmt.Println(*b, b[0], b[7])
	b[0] = 0xff
	fmt.Println(x)

	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Println(bits)
	u := uint32(0x3f800000)
	fmt.Println(*(*float32)(unsafe.Pointer(&u)))

	p := Pair{7, -1}
	q := (*[2]int32)(unsafe.Pointer(&p))
	fmt.Println(q[0], q[1])
	pb := (*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(&p)) + unsafe.Offsetof(p.B)))
	*pb = 99
	fmt.Println(p)

	h := Hdr{3, 40}
	lp := (*int64)(unsafe.Add(unsafe.Pointer(&h), unsafe.Offsetof(h.Len)))
	*lp += 2
	fmt.Println(h.Kind, h.Len)

	arr := [5]int16{10, 20, 30, 40, 50}
	sum := int16(0)
	for i := 0; i < len(arr); i++ {
		sum += *(*int16)(unsafe.Add(unsafe.Pointer(&arr[0]), i*2))
	}
	fmt.Println(sum)
	back := 8
	last := (*int16)(unsafe.Add(unsafe.Pointer(&arr[4]), -back))
	fmt.Println(*last)

	p1 := unsafe.Pointer(&arr[1])
	p2 := unsafe.Add(unsafe.Pointer(&arr[0]), 2)
	p3 := unsafe.Pointer(&arr[2])
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	fmt.Println(uintptr(p3)-uintptr(p1), uintptr(p1) < uintptr(p3))

	var np unsafe.Pointer
	fmt.Println(np, np == nil, p1 == nil)
	fmt.Println(unsafe.Pointer(nil) == np)
	var ip *int
	fmt.Println(unsafe.Pointer(ip) == nil, (*int)(np) == nil)

	var a any = p1
	var c any = p2
	var d any = np
	fmt.Println(a == c, d == nil, d)
	if v, ok := a.(unsafe.Pointer); ok {
		fmt.Println("is pointer", *(*int16)(v))
	}
	switch a.(type) {
	case uintptr:
		fmt.Println("uintptr")
	case unsafe.Pointer:
		fmt.Println("unsafe.Pointer")
	}
	m := map[unsafe.Pointer]string{p1: "one"}
	m[p2] = "two"
	fmt.Println(len(m), m[p1])
}
