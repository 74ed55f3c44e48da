package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	N int32
	E struct{}
}

type B struct {
	N int64
	E [0]int
}

type C struct {
	E struct{}
	N int32
}

type D struct {
	X byte
	E struct{}
}

type F struct {
	A A
	X byte
}

type G struct {
	E  struct{}
	E2 [0]int64
}

func main() {
	fmt.Println(unsafe.Sizeof(A{}), unsafe.Sizeof(B{}), unsafe.Sizeof(C{}), unsafe.Sizeof(D{}), unsafe.Sizeof(F{}), unsafe.Sizeof(G{}))
	fmt.Println(unsafe.Offsetof(A{}.E), unsafe.Offsetof(D{}.E), unsafe.Offsetof(F{}.X), unsafe.Alignof(G{}))
	fmt.Println(unsafe.Sizeof([3]A{}), unsafe.Sizeof([2]D{}))
	as := []A{{N: 1}, {N: 2}, {N: 3}}
	fmt.Println(uintptr(unsafe.Pointer(&as[1]))-uintptr(unsafe.Pointer(&as[0])), as[2].N)
	p := unsafe.Add(unsafe.Pointer(&as[0]), 2*unsafe.Sizeof(A{}))
	fmt.Println((*A)(p).N)
	fs := [2]F{{A{N: 5}, 'x'}, {A{N: 6}, 'y'}}
	q := (*int32)(unsafe.Add(unsafe.Pointer(&fs[0]), unsafe.Sizeof(F{})))
	fmt.Println(*q)
}
