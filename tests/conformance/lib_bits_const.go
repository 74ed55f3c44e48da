package main

import (
	"fmt"
	"math/bits"
)

const words = 256 / bits.UintSize

var table [bits.UintSize]uint

type bitset [words]uint

func (b *bitset) set(i int)      { b[i/bits.UintSize] |= 1 << (uint(i) % bits.UintSize) }
func (b *bitset) has(i int) bool { return b[i/bits.UintSize]&(1<<(uint(i)%bits.UintSize)) != 0 }
func (b *bitset) count() (n int) {
	for _, w := range b {
		n += bits.OnesCount(w)
	}
	return
}

// next returns the first set bit at or after i, or -1.
func (b *bitset) next(i int) int {
	for w := i / bits.UintSize; w < words; w++ {
		word := b[w]
		if w == i/bits.UintSize {
			word &^= 1<<(uint(i)%bits.UintSize) - 1
		}
		if word != 0 {
			return w*bits.UintSize + bits.TrailingZeros(word)
		}
	}
	return -1
}

func main() {
	fmt.Println(words, len(table), bits.UintSize == 64)
	var b bitset
	for i := 0; i < 256; i += 7 {
		b.set(i)
	}
	b.set(255)
	fmt.Println(b.count(), b.has(14), b.has(15))
	for i := b.next(0); i >= 0; i = b.next(i + 1) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// 128-bit arithmetic: factorial of 30 in two words.
	hi, lo := uint64(0), uint64(1)
	for k := uint64(2); k <= 30; k++ {
		h1, l1 := bits.Mul64(lo, k)
		_, h2 := bits.Mul64(hi, k)
		hi, lo = h1+h2, l1
	}
	fmt.Println(hi, lo)
	// divide it back
	for k := uint64(30); k >= 2; k-- {
		qh := hi / k
		q, _ := bits.Div64(hi%k, lo, k)
		hi, lo = qh, q
	}
	fmt.Println(hi, lo)
	var c uint64
	s := []uint64{1<<64 - 1, 1<<64 - 1, 1<<64 - 1}
	t := []uint64{1, 0, 0}
	for i := range s {
		s[i], c = bits.Add64(s[i], t[i], c)
	}
	fmt.Println(s, c)
	fmt.Println(bits.LeadingZeros(0), bits.Len(0), bits.TrailingZeros(0), bits.Reverse8(1), bits.ReverseBytes16(0x1234) == 0x3412)
}
