package main

import (
	"fmt"
	"unsafe"
)

func main() {
	arr := [3]int{1, 2, 3}
	fmt.Println(unsafe.Slice(&arr[0], 2))
	fmt.Println(unsafe.Slice(&arr[0], -1))
}
