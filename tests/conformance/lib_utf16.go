package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	runes := []rune{0, 'a', 0x7f, 0xe9, 0x4e16, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000,
		0xfffd, 0xfffe, 0xffff, 0x10000, 0x1f600, 0x10fffe, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff}
	for _, r := range runes {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x: surr=%v len=%d enc=%#x,%#x dec=%#x app=%#x\n", r, utf16.IsSurrogate(r),
			utf16.RuneLen(r), r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
	pairs := [][2]rune{{0xd800, 0xdc00}, {0xdbff, 0xdfff}, {0xd83d, 0xde00}, {0xdc00, 0xd800},
		{0xd800, 0xd800}, {0xd7ff, 0xdc00}, {0xd800, 0xe000}, {'a', 'b'}, {0xdbff, 0xdbff}, {-1, 0xdc00}}
	for _, p := range pairs {
		fmt.Printf("DecodeRune(%#x, %#x) = %#x\n", p[0], p[1], utf16.DecodeRune(p[0], p[1]))
	}
	enc := utf16.Encode(runes)
	fmt.Printf("Encode: %#x len=%d cap=%d\n", enc, len(enc), cap(enc))
	e0 := utf16.Encode(nil)
	fmt.Println("Encode(nil):", e0, len(e0), cap(e0), e0 == nil)
	e1 := utf16.Encode([]rune("héllo, 世界 😀"))
	fmt.Printf("%#x %d %d\n", e1, len(e1), cap(e1))
	seqs := [][]uint16{nil, {}, {'a'}, {0xd800}, {0xdc00}, {0xd800, 'a'}, {0xd800, 0xdc00},
		{0xd800, 0xd800, 0xdc00}, {0xdc00, 0xd800}, {0xdbff, 0xdfff, 0xd83d}, {0xd83d, 0xde00, 0xd83d, 0xde01},
		{0xfffd, 0xffff, 0xe000}, e1, enc}
	for _, s := range seqs {
		d := utf16.Decode(s)
		fmt.Printf("Decode(%#x) = %#x %q len=%d cap=%d nil=%v\n", s, d, string(d), len(d), cap(d), d == nil)
	}
	long := make([]uint16, 0)
	for i := 0; i < 300; i++ {
		long = append(long, uint16(0xd800+i%3), uint16(0xdc00+i))
	}
	d := utf16.Decode(long)
	fmt.Println("long:", len(d), cap(d), d[0], d[1], d[299], d[len(d)-1])
	var a []uint16
	for _, r := range []rune{'x', 0x1f600, 0xd800, 0x110000, 'y'} {
		a = utf16.AppendRune(a, r)
		fmt.Printf("%#x len=%d\n", a, len(a))
	}
	rt := utf16.Decode(utf16.Encode([]rune("round trip ∀x∈ℝ 𝔸")))
	fmt.Println(string(rt))
}
