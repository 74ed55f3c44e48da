package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A byte
	B int64
}

type Emb struct {
	S
	C int16
}

var calls int

func f() S {
	calls++
	return S{}
}

func main() {
	var s S
	p := &s
	fmt.Println(unsafe.Offsetof((s.B)), unsafe.Offsetof(p.B), unsafe.Sizeof(f()), calls, unsafe.Alignof(f().B), calls)
	pe := &Emb{}
	fmt.Println(unsafe.Offsetof(pe.B), unsafe.Offsetof(pe.C), unsafe.Offsetof(pe.S.B))
	fmt.Println(uintptr(unsafe.Pointer(nil)), unsafe.Pointer(uintptr(0)) == nil)
	println(unsafe.Pointer(nil))
	const k = unsafe.Sizeof(s)*2 - 1
	var arr [k]byte
	fmt.Println(k, len(arr), unsafe.Sizeof(arr))
	var n int = int(unsafe.Sizeof(s))
	fmt.Println(n)
	type L [unsafe.Offsetof(s.B)]int16
	fmt.Println(len(L{}), unsafe.Sizeof(L{}))
	var fn func() = nil
	fmt.Println(unsafe.Sizeof(fn), unsafe.Sizeof(main))
	m := map[int]S{}
	fmt.Println(unsafe.Sizeof(m[1]), unsafe.Sizeof(m[1].B), unsafe.Offsetof(m[1].B))
	sl := []Emb{{}}
	fmt.Println(unsafe.Offsetof(sl[0].C), unsafe.Sizeof(sl[0:]))
	var ia any = s
	fmt.Println(unsafe.Sizeof(ia.(S)), unsafe.Sizeof(len("abc")), unsafe.Sizeof(uintptr(1)+2))
}
