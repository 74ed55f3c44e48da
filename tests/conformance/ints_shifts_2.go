package main

import "fmt"

func main() {
	var one8 int8 = 1
	var u8 uint8 = 0x81
	counts := []uint{0, 1, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, 200}
	for _, c := range counts {
		fmt.Println(c, one8<<c, u8<<c, u8>>c, int8(-128)>>c)
	}
	var s16 int16 = -32768
	var u16 uint16 = 0x8001
	for _, c := range counts {
		fmt.Println(c, s16>>c, u16>>c, u16<<c, s16<<c)
	}
	var s32 int32 = -2147483648
	var u32 uint32 = 0x80000001
	for _, c := range counts {
		fmt.Println(c, s32>>c, u32>>c, u32<<c)
	}
	var s64 int64 = -9223372036854775808
	var u64 uint64 = 0x8000000000000001
	for _, c := range counts {
		fmt.Println(c, s64>>c, u64>>c, u64<<c)
	}
}
