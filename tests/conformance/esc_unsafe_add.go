package main

import (
	"fmt"
	"unsafe"
)

func f() *int {
	x := 42
	return (*int)(unsafe.Add(unsafe.Pointer(&x), 0))
}

func g(n int) int {
	var a [8]int
	for i := range a {
		a[i] = n
	}
	return a[n]
}

func main() {
	p := f()
	g(7)
	fmt.Println(*p)
}
