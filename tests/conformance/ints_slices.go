package main

import "fmt"

func sum(b []byte) byte {
	var t byte
	for _, v := range b {
		t += v
	}
	return t
}

func main() {
	b := []byte{250, 3, 4, 255}
	fmt.Println(b, sum(b), len(b))
	b = append(b, 1, 2)
	b[0]++
	b[1] -= 4
	fmt.Println(b)
	w := make([]uint16, 3)
	w[0] = 65535
	w[1] = w[0] + 2
	w[2] = w[0] * w[0]
	fmt.Println(w)
	var s []int8
	for i := 0; i < 5; i++ {
		s = append(s, int8(i*60))
	}
	fmt.Println(s)
	u64 := []uint64{18446744073709551615, 0, 1 << 63}
	fmt.Println(u64, u64[0] > u64[2])
	rs := []rune{-1, 2147483647}
	rs[1]++
	fmt.Println(rs)
	i32 := make([]int32, 2, 10)
	i32 = append(i32, -2147483648)
	fmt.Println(i32, cap(i32) >= 3)
	up := []uintptr{1, 2}
	fmt.Println(up)
	for i, v := range w {
		fmt.Println(i, v)
	}
}
