package main

import (
	"fmt"
	"unsafe"
)

const back = -2

func main() {
	arr := [5]int16{10, 20, 30, 40, 50}
	end := unsafe.Pointer(&arr[4])
	fmt.Println(*(*int16)(unsafe.Add(end, -8)))
	fmt.Println(*(*int16)(unsafe.Add(end, back)))
	fmt.Println(*(*int16)(unsafe.Add(end, int8(-4))))
	fmt.Println(*(*int16)(unsafe.Add(end, -2*3)))
	var i64 int64 = -2
	fmt.Println(*(*int16)(unsafe.Add(end, i64)))
	p := unsafe.Add(unsafe.Add(end, 4), -4)
	fmt.Println(p == end, *(*int16)(p))
}
