package main

import "fmt"

const fc = 1.0 << 3
const half = fc / 16

func main() {
	var s uint = 2
	i := 1.0 << 3
	var j int = 1.0 << s
	var k int64 = 2.0 << (s + 1.0)
	var j32 int32 = 1 << s
	n := 1.0<<s == j32
	var w int64 = 1.0 << 33
	b := make([]byte, 1.0<<s)
	fmt.Println(i, j, k, j32, n, w, len(b), i/3)
	fmt.Println(1<<2.0, 1<<s<<1.0, 8>>1.0, fc, fc/3, half)
	var u8 uint8 = 255.0 >> s
	var f float64 = 1 << 10
	var g float32 = 3.0 << 1
	fmt.Println(u8, f, g, f/3, g/4)
	a := [5]int{1, 2, 3, 4, 5}
	fmt.Println(a[1.0<<s], a[4.0>>s], a[2.0])
	m := map[int]string{4: "four"}
	fmt.Println(m[1.0<<s], m[2.0*2])
	var x float64 = 1e3
	var y = 2.5e1
	fmt.Println(x/y, int(x)>>2.0, uint(y)<<1.0)
}
