package main

import "fmt"

type P struct {
	a int8
	b int64
	c uint16
}

func main() {
	var a uint8 = 255
	var b int8 = 127
	var c uint32 = 65536
	var d int16 = 200
	fmt.Println(a+1 == 0, (a+1)/2, (a*2)>>1, int64(a+1), uint64(b+1), int(b+1)/2)
	fmt.Println(b+1 < b, a+1 < a, (b+b)/2, (b+b)%3, (c*c)>>16, (c*c)/3)
	fmt.Println(int32(d*d), (d*d)>>2, uint16(d*d*2)>>1, -(b+1) == b+1)
	var e any = a + 1
	fmt.Println(e == any(uint8(0)), e)
	var f any = b + 1
	fmt.Println(f == any(int8(-128)), f)
	switch a + 2 {
	case 1:
		fmt.Println("one")
	default:
		fmt.Println("default")
	}
	s := []int{7, 8, 9}
	fmt.Println(s[a+2], s[uint8(b+b+4)])
	x := P{b + 1, int64(b + 2), uint16(c - 1)}
	y := P{-128, -127, 65535}
	fmt.Println(x == y, any(x) == any(y), x)
	arr := []P{{1, 2, 3}, {4, 5, 6}}
	arr[0] = P{}
	arr[0].a = -128
	arr[0].b = -127
	arr[0].c = 65535
	fmt.Println(arr[0] == y, any(arr[0]) == any(y))
	g := func(v uint8) uint64 { return uint64(v) }
	fmt.Println(g(a+1), g(a+a))
	h := func(v int16) int64 { return int64(v) }
	fmt.Println(h(d*d), h(-d*200))
}
