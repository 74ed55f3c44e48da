package main

import "fmt"

func d8(a, b int8) (int8, int8)       { return a / b, a % b }
func d64(a, b int64) (int64, int64)   { return a / b, a % b }
func du8(a, b uint8) (uint8, uint8)   { return a / b, a % b }
func du64(a, b uint64) (uint64, uint64) { return a / b, a % b }
func d16(a, b int16) (int16, int16)   { return a / b, a % b }
func d32(a, b int32) (int32, int32)   { return a / b, a % b }

func main() {
	fmt.Println(d8(-128, -1))
	fmt.Println(d8(-7, 2))
	fmt.Println(d8(7, -2))
	fmt.Println(d8(-7, -2))
	fmt.Println(d8(127, 10))
	fmt.Println(d16(-32768, -1))
	fmt.Println(d32(-2147483648, -1))
	fmt.Println(d64(-9223372036854775808, -1))
	fmt.Println(d64(-9223372036854775807, 10))
	fmt.Println(du8(255, 7))
	fmt.Println(du8(200, 100))
	fmt.Println(du64(18446744073709551615, 10))
	fmt.Println(du64(18446744073709551615, 9223372036854775808))
	fmt.Println(du64(9223372036854775808, 3))
	var x uint32 = 4294967295
	fmt.Println(x/2, x%1000, x/4294967295)
	var y int32 = -1
	fmt.Println(y/2, y%2, uint32(y)/2)
}
