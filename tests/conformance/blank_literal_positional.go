package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	A int
	_ int
	B string
	_ [2]byte
}

type U struct {
	_ float64
	X int8
}

var calls int

func side(n int) int {
	calls++
	fmt.Println("side", n)
	return n
}

func main() {
	t := T{1, 2, "b", [2]byte{3, 4}}
	fmt.Println(t, *(*int)(unsafe.Add(unsafe.Pointer(&t), 8)))
	t2 := T{1, side(7), "b", [2]byte{}}
	fmt.Println(t2, calls, t == t2)
	u := U{1.5, 3}
	fmt.Println(u, *(*float64)(unsafe.Pointer(&u)))
	us := []U{{2.5, 1}, {3.5, 2}}
	fmt.Println(us)
	p := &T{9, 9, "p", [2]byte{9, 9}}
	fmt.Println(*p)
	arr := [1]T{{5, 6, "a", [2]byte{7, 8}}}
	fmt.Println(arr)
	m := map[U]int{{4.5, 4}: 1}
	for k := range m {
		fmt.Println(k, *(*float64)(unsafe.Pointer(&k)))
	}
	var i any = U{8.5, 8}
	fmt.Println(i)
}
