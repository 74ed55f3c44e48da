package main

import (
	"fmt"
	"unsafe"
)

func main() {
	var f float64 = 1
	p := (*int64)(&f)
	fmt.Println(*p, unsafe.Sizeof(f))
}
