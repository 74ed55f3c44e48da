package main

import "fmt"

func main() {
	var a int8 = -86
	var b int8 = 0x0F
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	var c uint8 = 0xAA
	var d uint8 = 0x0F
	fmt.Println(c&d, c|d, c^d, c&^d, ^c, -c)
	var e int64 = -9223372036854775808
	fmt.Println(e|1, e^-1, e&^e, ^e)
	var f uint32 = 0xDEADBEEF
	fmt.Println(f&0xFFFF, f>>16, f^0xFFFFFFFF, ^f, f|1<<31)
	var g uint16 = 0x8000
	fmt.Println(g|g>>1|g>>2, ^g, g&^0x8000)
	var h int32 = 1 << 30
	fmt.Println(h<<1, h<<2, (h<<1)>>31, uint32(h<<1)>>31)
	x := uint8(0)
	for i := 0; i < 8; i++ {
		x = x<<1 | 1
		fmt.Print(x, " ")
	}
	fmt.Println()
}
