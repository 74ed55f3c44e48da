package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize)
	vals := []uint64{0, 1, 2, 3, 7, 8, 255, 256, 1<<32 - 1, 1 << 32, 1<<63 + 5, 1<<64 - 1, 0x0123456789abcdef, 0xdeadbeefcafebabe}
	for _, x := range vals {
		fmt.Println(x, bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Reverse64(x), bits.ReverseBytes64(x))
		a, b, c, d := uint32(x), uint16(x), uint8(x), uint(x)
		fmt.Println(" 32:", bits.Len32(a), bits.LeadingZeros32(a), bits.TrailingZeros32(a), bits.OnesCount32(a), bits.Reverse32(a), bits.ReverseBytes32(a))
		fmt.Println(" 16:", bits.Len16(b), bits.LeadingZeros16(b), bits.TrailingZeros16(b), bits.OnesCount16(b), bits.Reverse16(b), bits.ReverseBytes16(b))
		fmt.Println(" 8:", bits.Len8(c), bits.LeadingZeros8(c), bits.TrailingZeros8(c), bits.OnesCount8(c), bits.Reverse8(c))
		fmt.Println(" u:", bits.Len(d), bits.LeadingZeros(d), bits.TrailingZeros(d), bits.OnesCount(d), bits.Reverse(d), bits.ReverseBytes(d))
		for _, k := range []int{0, 1, 3, 8, 13, 31, 32, 63, 64, 65, -1, -7, -40, 1000} {
			fmt.Println("  rot", k, bits.RotateLeft64(x, k), bits.RotateLeft32(a, k), bits.RotateLeft16(b, k), bits.RotateLeft8(c, k), bits.RotateLeft(d, k))
		}
	}
	for i := 0; i+2 < len(vals); i++ {
		x, y, z := vals[i], vals[i+1], vals[len(vals)-1-i]
		for _, c := range []uint64{0, 1} {
			s, co := bits.Add64(x, y, c)
			df, bo := bits.Sub64(x, y, c)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			su, cu := bits.Add(uint(x), uint(z), uint(c))
			du, bu := bits.Sub(uint(z), uint(x), uint(c))
			fmt.Println("addsub", x, y, c, s, co, df, bo, s32, co32, d32, bo32, su, cu, du, bu)
		}
		hi, lo := bits.Mul64(x, y)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		hu, lu := bits.Mul(uint(z), uint(y))
		fmt.Println("mul", hi, lo, h32, l32, hu, lu)
		if z != 0 {
			q, r := bits.Div64(x%z, y, z)
			qu, ru := bits.Div(uint(y%z), uint(x), uint(z))
			fmt.Println("div", q, r, qu, ru, bits.Rem64(x, y, z), bits.Rem(uint(y), uint(x), uint(z)))
		}
		if uint32(z) != 0 {
			q, r := bits.Div32(uint32(x)%uint32(z), uint32(y), uint32(z))
			fmt.Println("div32", q, r, bits.Rem32(uint32(x), uint32(y), uint32(z)))
		}
	}
	// Carries outside 0/1: gc's amd64 code sees any non-zero low word as 1.
	for _, c := range []uint64{2, 3, 1 << 32, 1<<32 + 2, 1<<64 - 1} {
		s, co := bits.Add64(1<<64-1, 5, c)
		d, bo := bits.Sub64(3, 5, c)
		s2, co2 := bits.Add32(1<<32-1, 5, uint32(c))
		d2, bo2 := bits.Sub32(3, 5, uint32(c))
		fmt.Println("carry", c, s, co, d, bo, s2, co2, d2, bo2)
	}
}
