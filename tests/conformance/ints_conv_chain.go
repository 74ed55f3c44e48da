package main

import "fmt"

func main() {
	var a int64 = -1
	fmt.Println(uint8(a), uint16(a), uint32(a), uint64(a), int8(a), int16(a), int32(a))
	var b int64 = 0x1234567890ABCDEF
	fmt.Println(int8(b), uint8(b), int16(b), uint16(b), int32(b), uint32(b))
	var c uint8 = 200
	fmt.Println(int8(c), int16(int8(c)), uint16(int8(c)), int64(c), uint64(int8(c)))
	var d int32 = -2147483648
	fmt.Println(uint32(d), int64(d), uint64(d), int16(d), uint64(uint32(d)))
	var e uint64 = 18446744073709551615
	fmt.Println(int64(e), int32(e), int(e), uint(e), uintptr(e), rune(e), byte(e))
	var f uint16 = 0xFF80
	fmt.Println(int8(f), int16(f), uint8(f), int32(int16(f)), uint32(f))
	n300 := int32(-300)
	x := int8(uint8(int16(uint16(n300))))
	fmt.Println(x)
	n383 := int64(383)
	y := uint64(int8(n383))
	fmt.Println(y)
	var g int = 256 + 255
	fmt.Println(byte(g), int8(g), rune(g))
	var r rune = -1
	fmt.Println(uint32(r), byte(r), int64(r))
}
