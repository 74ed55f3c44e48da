package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprintf("%d %d %d %d", int8(-128), int8(127), int16(-32768), int16(32767)))
	fmt.Println(fmt.Sprintf("%d %d", int32(-2147483648), int32(2147483647)))
	fmt.Println(fmt.Sprintf("%d %d", int64(-9223372036854775808), int64(9223372036854775807)))
	fmt.Println(fmt.Sprintf("%d %d %d %d %d", uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(4096)))
	fmt.Println(fmt.Sprintf("%v %v %v %v", int8(-5), uint8(200), int64(-1), uint(7)))
	fmt.Println(fmt.Sprintf("%x %X %o %b", 255, 255, 255, 255))
	fmt.Println(fmt.Sprintf("%x %X %o %b", -255, -255, -255, -255))
	fmt.Println(fmt.Sprintf("%x %X", int64(-9223372036854775808), uint64(18446744073709551615)))
	fmt.Println(fmt.Sprintf("%o %b", uint64(18446744073709551615), int8(-128)))
	fmt.Println(fmt.Sprintf("%b %o %x", 0, 0, 0))
	fmt.Println(fmt.Sprintf("%x %x %x", uint8(10), uint16(0xbeef), uint32(0xdeadbeef)))
	fmt.Println(fmt.Sprintf("%X", uintptr(0xcafe)))

	fmt.Println(fmt.Sprintf("[%5d] [%-5d] [%05d] [%+d] [% d]", 42, 42, 42, 42, 42))
	fmt.Println(fmt.Sprintf("[%5d] [%-5d] [%05d] [%+d] [% d]", -42, -42, -42, -42, -42))
	fmt.Println(fmt.Sprintf("[%+05d] [% 05d] [%-05d] [%+-6d] [%- 6d]", 42, 42, 42, 42, 42))
	fmt.Println(fmt.Sprintf("[%1d] [%2d] [%3d]", 12345, 12345, -1))
	fmt.Println(fmt.Sprintf("[%.3d] [%.0d] [%5.0d] [%.0d] [%08.3d] [%-8.3d]", 7, 0, 0, 1, 7, -7))
	fmt.Println(fmt.Sprintf("[%6.4d] [%+.4d] [% .4d] [%.1d]", -12, 12, 12, 123))
	fmt.Println(fmt.Sprintf("[%8x] [%-8X] [%08x] [%.4x] [%+x] [% x]", 255, 255, 255, 255, 255, 255))
	fmt.Println(fmt.Sprintf("[%8o] [%-8o] [%08o] [%.5o]", 8, 8, 8, 8))
	fmt.Println(fmt.Sprintf("[%12b] [%-12b] [%012b] [%+b]", 5, 5, 5, 5))
	fmt.Println(fmt.Sprintf("[%020d] [%-20d] [%+020d]", int64(-9223372036854775808), uint64(18446744073709551615), int64(9223372036854775807)))
	fmt.Println(fmt.Sprintf("[%5v] [%-5v] [%05v] [%+v]", 3, 3, 3, 3))

	fmt.Println(fmt.Sprintf("%c%c%c", 72, 105, 33))
	fmt.Println(fmt.Sprintf("%c %c %c", int8(65), uint8(66), uint32(0x4E16)))
	fmt.Println(fmt.Sprintf("%q %q %q", 65, 0x1F600, int64(10)))
	fmt.Println(fmt.Sprintf("[%c] [%c]", -1, 0x110000))
	fmt.Println(fmt.Sprintf("[%5c] [%-5c] [%05c]", 'x', 'y', 'z'))

	// Loops over values with a range of verbs.
	vals := []int{0, 1, -1, 7, 8, 15, 16, 100, -100, 4095, 65536, 1000000}
	for _, v := range vals {
		fmt.Println(fmt.Sprintf("d=%d x=%x X=%X o=%o b=%b w=[%6d|%-6d|%06d|%+6d]", v, v, v, v, v, v, v, v, v))
	}
	var i8 int8 = 1
	for k := 0; k < 9; k++ {
		fmt.Println(fmt.Sprintf("%4d %08b %x", i8, uint8(i8), i8))
		i8 *= 2
	}
	var u16 uint16 = 65535
	u16++
	fmt.Println(fmt.Sprintf("wrap %d %d", u16, u16-1))
	s := ""
	for i := 0; i < 20; i += 3 {
		s += fmt.Sprintf("%02d:%02x;", i, i*11)
	}
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%d%%", 50), fmt.Sprintf("%%d"), fmt.Sprintf("100%%"))
	fmt.Println(fmt.Sprintf("%d-%d-%d", 2024, 1, 31) + "|" + fmt.Sprintf("%v", 'a'))
}
