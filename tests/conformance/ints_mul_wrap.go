package main

import "fmt"

func mul8(a, b int8) int8     { return a * b }
func mulu8(a, b uint8) uint8  { return a * b }
func mul16(a, b int16) int16  { return a * b }
func mul32(a, b int32) int32  { return a * b }
func mulu32(a, b uint32) uint32 { return a * b }
func neg8(a int8) int8        { return -a }
func negu16(a uint16) uint16  { return -a }

func main() {
	fmt.Println(mul8(16, 16), mul8(-128, -1), mul8(127, 127), mul8(-7, 19))
	fmt.Println(mulu8(16, 16), mulu8(255, 255), mulu8(15, 17))
	fmt.Println(mul16(256, 256), mul16(-32768, -1), mul16(181, 181))
	fmt.Println(mul32(65536, 65536), mul32(-2147483648, -1), mul32(46341, 46341))
	fmt.Println(mulu32(65536, 65536), mulu32(4294967295, 4294967295))
	fmt.Println(neg8(-128), neg8(5), negu16(1), negu16(0))
	var x int8 = 100
	y := x + x
	fmt.Println(y, x+x+x, x*3)
	var z uint8 = 250
	fmt.Println(z+10, z*2, z-251)
}
