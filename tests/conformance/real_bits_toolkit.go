// Bit-manipulation toolkit: population counts, rotations, masks,
// Gray codes, subset enumeration and a tiny bitset type.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) String() string {
	var parts []string
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			parts = append(parts, fmt.Sprint(wi*64+t))
			w &= w - 1
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func gray(n uint) uint { return n ^ (n >> 1) }
func ungray(g uint) uint {
	n := g
	for s := uint(1); s < 64; s <<= 1 {
		n ^= n >> s
	}
	return n
}

const (
	FlagRead uint8 = 1 << iota
	FlagWrite
	FlagExec
	FlagSticky
)

func flagNames(f uint8) string {
	names := [...]string{"r", "w", "x", "t"}
	out := ""
	for i, n := range names {
		if f&(1<<i) != 0 {
			out += n
		} else {
			out += "-"
		}
	}
	return out
}

func main() {
	vals := []uint32{0, 1, 0xF0, 0x80000000, 0xDEADBEEF, 12345}
	for _, v := range vals {
		fmt.Printf("%#010x %032b ones=%2d lz=%2d tz=%2d len=%2d rev=%#x\n",
			v, v, bits.OnesCount32(v), bits.LeadingZeros32(v), bits.TrailingZeros32(v),
			bits.Len32(v), bits.Reverse32(v))
	}
	var b8 uint8 = 0b1011_0010
	for _, k := range []int{1, 3, -2, 8} {
		fmt.Printf("rotl8(%08b, %2d) = %08b\n", b8, k, bits.RotateLeft8(b8, k))
	}
	fmt.Printf("bytes swapped: %#x %#x\n", bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x11223344))

	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	fmt.Printf("mul64: hi=%d lo=%#x\n", hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("add64:", sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Printf("sub64: %x %d\n", diff, borrow)
	q, r := bits.Div64(1, 0, 7)
	fmt.Println("div64:", q, r)

	for i := uint(0); i < 8; i++ {
		g := gray(i)
		fmt.Printf("%d: gray=%03b back=%d\n", i, g, ungray(g))
	}

	set := []string{"a", "b", "c"}
	for mask := 0; mask < 1<<len(set); mask++ {
		var sub []string
		for i := range set {
			if mask>>i&1 == 1 {
				sub = append(sub, set[i])
			}
		}
		fmt.Printf("%03b %v %d\n", mask, sub, len(sub))
	}

	bs := NewBitset(130)
	for _, i := range []int{0, 5, 63, 64, 127, 129} {
		bs.Set(i)
	}
	bs.Clear(5)
	fmt.Println(bs, bs.Count(), bs.Has(64), bs.Has(65), len(bs))
	fmt.Printf("%v %d %T\n", bs, bs, bs)

	perms := FlagRead | FlagExec
	fmt.Println(flagNames(perms), flagNames(perms|FlagWrite), flagNames(^perms&0xF), flagNames(perms&^FlagRead))
	fmt.Printf("%T %v %T\n", FlagSticky, FlagSticky, 1<<3)

	x := int8(-128)
	fmt.Printf("%d %b %x %o %O\n", x, x, x, x, x)
	fmt.Printf("%d %d %d\n", x>>1, uint8(x)>>1, -x)
	var u uint = 1
	fmt.Println(u<<63>>63, bits.UintSize, ^uint16(0), ^0)
	fmt.Printf("%08b|%-8b|%#b|%#o|%#X\n", 5, 5, 5, 64, 255)
	const big = 1 << 100
	const typed uint16 = 1000
	fmt.Println(big>>98, big/(1<<97), typed*60, typed/7, 7.0/2, 7/2, 7/2.0, -7/2, -7%3, 7%-3)
	type Celsius float64
	const boiling Celsius = 100
	fmt.Printf("%v %T %.1f\n", boiling*9/5+32, boiling, float64(boiling)/3)
	n := 0x5555
	fmt.Println(n&-n, n&(n-1), n|n+1, n^0xFFFF)
}
