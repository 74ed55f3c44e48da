package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

func divmod(a, b int32) (q, r int32, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("divmod(%d, %d): %v", a, b, e)
		}
	}()
	return a / b, a % b, nil
}

func shift(x int64, n int) (v int64, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("shift by %d: %v", n, e)
		}
	}()
	return x << n, nil
}

func main() {
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var u32 uint32 = math.MaxUint32
	u32 += 2
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i8, u8, i16, u32, i64)

	var m8 int8 = -128
	u200, u100 := uint8(200), uint8(100)
	fmt.Println(m8/-1, m8%-1, -7/2, -7%2, 7/-2, 7%-2, -7>>1, u200+u100, u100-u200, u200*u200)

	big := 300
	neg := -1
	f := 3.99
	nf := -3.99
	one := int64(1)
	fmt.Println(uint8(big), int8(big), uint16(neg), uint64(neg), int(f), int(nf), int32(one<<40+5))
	m1, m2, max16 := int8(-1), int32(-5), uint16(65535)
	fmt.Println(uint8(m1), int16(max16), int64(m2), uint32(int8(m1-1)), uint64(m2))

	var x uint8 = 0b1011_0110
	fmt.Println(x<<1, x>>3, x<<8, x&^0b110, ^x, -x, x|0x0F, x^0xFF)
	var sx int8 = -128
	one8 := int8(1)
	fmt.Println(sx>>1, sx>>7, sx>>100, sx<<1, one8<<7)
	s := 70
	fmt.Println(1<<s == 0, uint64(1)<<63, one<<63, uint32(1)<<s, -1>>s, one<<(s-7))

	fmt.Printf("%d %x %o %b %08b %X %#x %+d\n", 255, 255, 8, 5, 5, -255, 3054, 7)
	fmt.Printf("%v %d %c %U %q\n", 'A', 'A', 0x1F600, 0x1F600, 0x41)

	fl := FlagA | FlagC
	fl |= FlagD
	fl &^= FlagA
	fmt.Printf("%04b has B:%t C:%t count:%d\n", fl, fl&FlagB != 0, fl&FlagC != 0, bits.OnesCount8(uint8(fl)))
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros64(8), bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(0x81, 1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry)

	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MinInt64, uint64(math.MaxUint64))

	for _, p := range [][2]int32{{7, 2}, {-7, 2}, {math.MinInt32, -1}, {1, 0}} {
		q, r, err := divmod(p[0], p[1])
		fmt.Println(q, r, err)
	}
	for _, n := range []int{3, 64, -1} {
		v, err := shift(5, n)
		fmt.Println(v, err)
	}

	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	var acc uint16 = 1
	for i := 0; i < 20; i++ {
		acc *= 3
	}
	println("3^20 mod 2^16 =", acc, "int8 wrap:", i8)
}
