package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int16 = -32768
	b--
	fmt.Println(b)
	var c int32 = 2147483647
	c += 1
	fmt.Println(c)
	var d int64 = -9223372036854775808
	d--
	fmt.Println(d)
	var e uint8 = 0
	e--
	fmt.Println(e)
	var f uint16 = 65535
	f++
	fmt.Println(f)
	var g uint32 = 0
	g -= 1
	fmt.Println(g)
	var h uint64 = 18446744073709551615
	fmt.Println(h, h+1, h*h)
	var u uint = 0
	u--
	fmt.Println(u)
	var p uintptr = 0
	p--
	fmt.Println(p)
	var by byte = 200
	by += 100
	fmt.Println(by)
	var r rune = 2147483647
	r++
	fmt.Println(r)
	println(a, b, c, d, e, f, g, h, u, by, r)
}
