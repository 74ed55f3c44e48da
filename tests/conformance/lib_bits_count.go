package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println("UintSize", bits.UintSize)

	v8 := []uint8{0, 1, 2, 0x0f, 0x80, 0xff, 0x5a}
	for _, x := range v8 {
		fmt.Printf("u8 %08b LZ=%d TZ=%d Ones=%d Len=%d Rev=%08b RotL1=%08b RotR3=%08b\n", x,
			bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x),
			bits.Reverse8(x), bits.RotateLeft8(x, 1), bits.RotateLeft8(x, -3))
	}

	v16 := []uint16{0, 1, 0x100, 0x8000, 0xffff, 0x1234}
	for _, x := range v16 {
		fmt.Printf("u16 %04x LZ=%d TZ=%d Ones=%d Len=%d Rev=%04x RevBytes=%04x RotL4=%04x\n", x,
			bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.OnesCount16(x), bits.Len16(x),
			bits.Reverse16(x), bits.ReverseBytes16(x), bits.RotateLeft16(x, 4))
	}

	v32 := []uint32{0, 1, 0x80000000, 0xffffffff, 0x12345678, 0x00f000f0}
	for _, x := range v32 {
		fmt.Printf("u32 %08x LZ=%d TZ=%d Ones=%d Len=%d Rev=%08x RevBytes=%08x RotL8=%08x RotR1=%08x\n", x,
			bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x),
			bits.Reverse32(x), bits.ReverseBytes32(x), bits.RotateLeft32(x, 8), bits.RotateLeft32(x, -1))
	}

	v64 := []uint64{0, 1, 1 << 63, 0xffffffffffffffff, 0x0123456789abcdef, 0x8000000000000001, 1 << 32}
	for _, x := range v64 {
		fmt.Printf("u64 %016x LZ=%d TZ=%d Ones=%d Len=%d\n", x,
			bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x))
		fmt.Printf("    Rev=%016x RevBytes=%016x RotL12=%016x RotR4=%016x RotL64=%016x\n",
			bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 12), bits.RotateLeft64(x, -4), bits.RotateLeft64(x, 64))
	}

	vu := []uint{0, 1, 7, 1 << 40, ^uint(0)}
	for _, x := range vu {
		fmt.Printf("uint %x LZ=%d TZ=%d Ones=%d Len=%d Rev=%x RevBytes=%x RotL3=%x\n", x,
			bits.LeadingZeros(x), bits.TrailingZeros(x), bits.OnesCount(x), bits.Len(x),
			bits.Reverse(x), bits.ReverseBytes(x), bits.RotateLeft(x, 3))
	}

	total := 0
	for i := 0; i < 256; i++ {
		total += bits.OnesCount8(uint8(i))
	}
	fmt.Println("total ones 0..255", total)
	agree := true
	for i := uint32(1); i < 100000; i += 997 {
		if bits.Len32(i) != 32-bits.LeadingZeros32(i) || bits.Reverse32(bits.Reverse32(i)) != i || bits.RotateLeft32(bits.RotateLeft32(i, 13), -13) != i {
			agree = false
		}
	}
	fmt.Println("identities", agree)
	fmt.Println("rotate by large", bits.RotateLeft8(1, 9), bits.RotateLeft16(1, 17), bits.RotateLeft32(1, 33), bits.RotateLeft64(1, 65), bits.RotateLeft8(1, -9))
}
