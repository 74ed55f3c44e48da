package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A int
	B bool
}

func main() {
	var x S
	fmt.Println(unsafe.Offsetof(x.B))
	fmt.Println(unsafe.Offsetof(x))
}
