package main

import (
	"fmt"
	"unsafe"
)

func main() {
	x := 5
	p := unsafe.Pointer(&x)
	u := uintptr(p)
	fmt.Println(u != 0)
	n := int(p)
	fmt.Println(n)
}
