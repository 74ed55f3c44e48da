package main

import "fmt"

type Small int8

const A Small = 100
const B = A / 3
const C = -A - 28

func main() {
	a := A
	fmt.Println(B, a/3, C, -a-28)
	fmt.Println(A+27, a+27, a+28)
	var x uint32 = 1 << 31
	const y uint32 = 1 << 31
	fmt.Println(x*2, y/2, x+x-1, y-1+y)
	var i16 int16 = 1000
	const k16 int16 = 1000
	fmt.Println(i16*33, k16*32)
	var q int64 = -17
	const kq int64 = -17
	fmt.Println(q/5, kq/5, q%5, kq%5, q>>1, kq>>1, q/-5, kq/-5, q%-5, kq%-5)
	var u uint = 17
	const ku uint = 17
	fmt.Println(u/5, ku/5, -u, u-18)
	fmt.Println(^uint(0)>>1, uint64(^uint32(0))<<32)
}
