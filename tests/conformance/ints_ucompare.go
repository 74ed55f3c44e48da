package main

import "fmt"

func lt8(a, b uint8) bool   { return a < b }
func lt16(a, b uint16) bool { return a < b }
func lt32(a, b uint32) bool { return a < b }
func lt64(a, b uint64) bool { return a < b }
func ge64(a, b uint64) bool { return a >= b }
func lts8(a, b int8) bool   { return a < b }
func lts32(a, b int32) bool { return a < b }

func main() {
	fmt.Println(lt8(128, 1), lt8(1, 128), lt8(255, 0), lt8(127, 128))
	fmt.Println(lt16(32768, 1), lt16(65535, 32767))
	fmt.Println(lt32(2147483648, 1), lt32(1, 4294967295))
	fmt.Println(lt64(9223372036854775808, 1), lt64(1, 18446744073709551615), ge64(18446744073709551615, 0))
	fmt.Println(lts8(-128, 127), lts8(127, -128), lts32(-1, 0))
	var u uint = 1 << 63
	var v uint = 5
	fmt.Println(u > v, u < v, u <= v, u >= v, u == v, u != v)
	var p uintptr = 0
	p--
	fmt.Println(p > 1)
	var x int8 = -1
	fmt.Println(uint8(x) > 200, int16(x) > 200, uint16(x) > 60000)
	if uint32(x) > 0 {
		fmt.Println("big")
	}
	var m uint64 = 0
	for i := uint64(18446744073709551610); i > m && i != 0; i++ {
		fmt.Println(i)
	}
}
