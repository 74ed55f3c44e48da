package main

import "fmt"

type Small uint8

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 200
	b += 100
	fmt.Println(b, ^uint8(1), uint16(70000-65536))
	var c uint64 = 1 << 63
	fmt.Println(c, c>>62, int64(c), uint32(c>>32))
	println(c, a, b)
	var d int32 = -7
	fmt.Println(d/2, d%3, d>>1, uint32(d), int64(d), d<<28)
	var e uint = 7
	fmt.Println(e/2, e%4, -e, e > 3)
	var s Small = 250
	s += 10
	fmt.Println(s, Small(3)*Small(10))
	x := []byte{1, 2, 255}
	var sum int
	for _, v := range x {
		sum += int(v)
	}
	fmt.Println(sum, x, len(x))
	var r rune = 97
	fmt.Println(r)
	var i any = uint16(9)
	if v, ok := i.(uint16); ok {
		fmt.Println("u16", v)
	}
	var n int = 3
	fmt.Println(uint8(255)+uint8(n), int8(-128)/int8(-n+2))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var z uint32
	fmt.Println(e / uint(z))
}
