package main

import "fmt"

func main() {
	var a uint8 = 255
	var b int8 = -128
	var c uint64 = 18446744073709551615
	var d int64 = -9223372036854775808
	var e uintptr = 12345
	var f uint32 = 4294967295
	var g uint16 = 65535
	var h rune = -2147483648
	print(a, " ", b, " ", c, " ", d, "\n")
	print(e, f, g, h, "\n")
	println(a, b, c, d, e, f, g, h)
	fmt.Print(a, b, c, d, "\n")
	fmt.Print(a, "x", b, "\n")
	fmt.Println(a, b, c, d, e, f, g, h)
	var xs []any
	xs = append(xs, a, b, c)
	fmt.Println(xs...)
}
