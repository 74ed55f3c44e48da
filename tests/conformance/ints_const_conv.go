package main

import "fmt"

const K8 = int8(-128)
const KU = uint64(1<<64 - 1)
const KS = 1 << 62

func main() {
	k := K8
	var m1 int8 = -1
	fmt.Println(K8/2, k/2, K8%3, k%3)
	fmt.Println(KU/3, KU%7, KU>>1, KU>>63)
	ku := KU
	fmt.Println(ku/3, ku%7, ku>>1, ku>>63)
	fmt.Println(k*m1, -k)
	fmt.Println(uint8(k), int16(K8), uint32(KS>>40))
	var ks int64 = KS
	fmt.Println(ks*2, ks*4, uint64(ks)*4)
	const c = uint16(65535)
	v := c
	fmt.Println(c/255, v/255, c%256, v%256, c>>4, v>>4)
	const n = int32(-7)
	w := n
	fmt.Println(n/2, w/2, n%2, w%2, n>>1, w>>1)
	fmt.Println(^uint8(0), ^uint16(5), ^uint32(0), ^uint64(0), ^int8(0), ^int64(-1))
	var z uint8
	fmt.Println(^z, ^(z + 5))
}
