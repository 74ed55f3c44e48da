package main

import "fmt"

func shl(x int32, c int8) (res int32) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			res = -99
		}
	}()
	return x << c
}

func shr(x uint8, c int64) uint8 {
	return x >> c
}

func main() {
	fmt.Println(shl(1, 3))
	fmt.Println(shl(1, -1))
	fmt.Println(shl(1, -128))
	fmt.Println(shl(1, 127))
	func() {
		defer func() {
			fmt.Println("r2:", recover())
		}()
		fmt.Println(shr(200, 2))
		fmt.Println(shr(200, -9223372036854775808))
	}()
	var c int16 = -1
	var v uint64 = 5
	fmt.Println(v >> c)
}
