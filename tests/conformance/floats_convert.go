package main

import "fmt"

func toInt(f float64) int { return int(f) }

func main() {
	vals := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75, -2e9 - 0.5, 127.99, -128.99}
	for _, v := range vals {
		fmt.Println(v, int(v), int32(v), int64(v), toInt(v))
	}
	var i int = -7
	var u8 uint8 = 200
	var i64 int64 = 1<<53 + 1
	var u64 uint64 = 1<<64 - 1
	fmt.Println(float64(i), float32(u8), float64(i64), float32(i64), float64(u64), float32(u64))
	var big uint64 = 1<<63 + 1025
	fmt.Println(float64(big), uint64(float64(big)))
	var i32 int32 = 16777217
	fmt.Println(float32(i32), float64(i32), int32(float32(i32)))
	f := 1e19
	fmt.Println(uint64(f), uint64(f*1.5), uint64(9.2e18+0*f))
	g := 1.8446744073709550e19
	fmt.Println(uint64(g))
	h := 250.7
	fmt.Println(uint8(h), int8(h-200.9), int8(-h/2), uint16(h*100), uint32(h*1e6))
	var d float64 = 0.1
	var s float32 = float32(d)
	fmt.Println(s, float64(s), float64(s) == d, float32(float64(s)) == s)
	var r float64 = 1.0000000000000002
	fmt.Println(float32(r), float32(r) == 1, float64(float32(3.4e38)))
	var tooBig float64 = 1e39
	fmt.Println(float32(tooBig), float32(-tooBig), float32(1e-50*r))
	zero := 0.0
	nan := zero / zero
	fmt.Println(int64(nan), int64(1/zero), int64(-1/zero), int64(1e19*r))
	var f25, f399 float32 = 2.5, 3.99
	fmt.Println(int(f25), int(-f25), uint(f399))
	fmt.Println(float64(int8(-128)), float32(uint16(65535)), float64(uint32(1<<32-1)))
	var c rune = 'A'
	fmt.Println(float64(c)+0.5, int(float64(c)+0.5))
	var b byte = 255
	fmt.Println(float32(b)/2, int(float32(b)/2))
	n := -0.0
	n = -n * 0
	fmt.Println(int(n), uint8(n), n)
	var k int64 = -9007199254740993
	fmt.Println(float64(k), int64(float64(k)), float32(k))
	type Celsius float64
	type Temp float32
	cc := Celsius(36.6)
	tt := Temp(cc)
	fmt.Println(cc, tt, float64(tt), int(cc), Celsius(int(cc)))
}
