package main

import "fmt"

func main() {
	var x uint32 = 0xF0F0F0F0
	var c8 uint8 = 4
	var c16 int16 = 31
	var c64 int64 = 32
	var cu uintptr = 3
	var cb byte = 255
	fmt.Println(x>>c8, x<<c8, x>>c16, x<<c64, x>>cu, x<<cb, x>>cb)
	var y int8 = -3
	var s int32 = 2
	fmt.Println(y<<s, y>>s, y<<c8, y>>c8)
	var z int = 1
	fmt.Println(z<<c8, z<<c16, z<<c64, z<<cb)
	var w uint64 = 1
	fmt.Println(w<<63, w<<c64, w<<(c64+31))
	// shift in expression with assignment op
	var a uint16 = 1
	a <<= c8
	a <<= c8
	a <<= c8
	fmt.Println(a)
	a <<= c8
	fmt.Println(a)
	var b int8 = 64
	b <<= 1
	fmt.Println(b)
	b >>= 10
	fmt.Println(b)
}
