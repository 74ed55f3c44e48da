package main

import (
	"fmt"
	"math"
	"math/rand"
)

// script returns queued Int63 values, then a simple sequence.
type script struct {
	vals  []int64
	drawn int
	lcg   uint64
}

func (s *script) Int63() int64 {
	s.drawn++
	if len(s.vals) > 0 {
		v := s.vals[0]
		s.vals = s.vals[1:]
		return v
	}
	s.lcg = s.lcg*6364136223846793005 + 1442695040888963407
	return int64(s.lcg >> 1)
}
func (s *script) Seed(seed int64) { s.lcg = uint64(seed) }

// word makes an Int63 value whose Uint32 is u.
func word(u uint32) int64 { return int64(u)<<31 | 0x5a5a5a5a }

const offset = 14695981039346656037

func mix(h, v uint64) uint64 {
	for i := 0; i < 8; i++ {
		h ^= v & 0xff
		h *= 1099511628211
		v >>= 8
	}
	return h
}

func main() {
	s := &script{}
	r := rand.New(s)

	// Fast path of every normal strip: x is j times the strip's width, exactly.
	h := uint64(offset)
	for i := 0; i < 128; i++ {
		for _, j := range []int32{int32(i), int32(i + 128*1000), -int32(128 - i), int32(i + 128*3000000)} {
			s.vals = []int64{word(uint32(j))}
			s.drawn = 0
			x := r.NormFloat64()
			h = mix(h, math.Float64bits(x))
			if i%16 == 0 {
				fmt.Printf("norm strip %d j %d: %v (%d draws)\n", i, j, x, s.drawn)
			}
		}
	}
	fmt.Printf("norm fast paths: %016x\n", h)

	// Slow path of every normal strip (the largest magnitudes), both signs, and the
	// tail of strip 0.
	h = offset
	for i := 0; i < 128; i++ {
		for k, j := range []int32{int32(0x7FFFFF80 | i), -int32(0x7FFFFF80 | (128 - i)), int32(0x7F000000 | i)} {
			s.Seed(int64(i*10 + k))
			s.vals = []int64{word(uint32(j))}
			s.drawn = 0
			x := r.NormFloat64()
			h = mix(h, math.Float64bits(x))
			h = mix(h, uint64(s.drawn))
			if i%8 == 0 {
				fmt.Printf("norm slow %d j %d: %v (%d draws)\n", i, j, x, s.drawn)
			}
		}
	}
	fmt.Printf("norm slow paths: %016x\n", h)

	// Exponential: every strip's fast path, then its slow path.
	h = offset
	for i := 0; i < 256; i++ {
		for _, j := range []uint32{uint32(i), uint32(i + 256*1000), uint32(i + 256*9000000)} {
			s.vals = []int64{word(j)}
			s.drawn = 0
			x := r.ExpFloat64()
			h = mix(h, math.Float64bits(x))
			if i%32 == 0 {
				fmt.Printf("exp strip %d j %d: %v (%d draws)\n", i, j, x, s.drawn)
			}
		}
	}
	fmt.Printf("exp fast paths: %016x\n", h)
	h = offset
	for i := 0; i < 256; i++ {
		for k, j := range []uint32{0xFFFFFF00 | uint32(i), 0xFF000000 | uint32(i)} {
			s.Seed(int64(i*10 + k))
			s.vals = []int64{word(j)}
			s.drawn = 0
			x := r.ExpFloat64()
			h = mix(h, math.Float64bits(x))
			h = mix(h, uint64(s.drawn))
			if i%16 == 0 {
				fmt.Printf("exp slow %d j %d: %v (%d draws)\n", i, j, x, s.drawn)
			}
		}
	}
	fmt.Printf("exp slow paths: %016x\n", h)

	// Around each strip's acceptance bound (to within the strip's 7 or 8 low bits):
	// which side a word falls on shows in the number of draws.
	var counts []int
	for i := 2; i < 128; i++ {
		for m := int32(0x5F000000); m <= 0x7F000000; m += 0x00100000 {
			s.Seed(int64(m))
			s.vals = []int64{word(uint32(m&^0x7F | int32(i)))}
			s.drawn = 0
			r.NormFloat64()
			if s.drawn > 1 {
				counts = append(counts, int(m>>20))
				break
			}
		}
	}
	fmt.Println("norm first slow magnitudes:", counts)
	counts = nil
	for i := 2; i < 256; i++ {
		for m := uint32(0x9B000000); m >= 0x9B000000; m += 0x00400000 {
			s.Seed(int64(m))
			s.vals = []int64{word(m&^0xFF | uint32(i))}
			s.drawn = 0
			r.ExpFloat64()
			if s.drawn > 1 {
				counts = append(counts, int(m>>22))
				break
			}
		}
	}
	fmt.Println("exp first slow magnitudes:", counts)

	// Extreme tails: Float64 values near 0 make huge deviates.
	s.Seed(1)
	s.vals = []int64{word(0x7FFFFF80), 1 << 40, 0x7ffffffffffffc00}
	s.drawn = 0
	fmt.Println("norm tail +:", r.NormFloat64(), s.drawn)
	s.vals = []int64{word(0x80000000), 1 << 40, 0x7ffffffffffffc00}
	s.drawn = 0
	fmt.Println("norm tail -:", r.NormFloat64(), s.drawn)
	s.vals = []int64{word(0x7FFFFF80), 1, 0x7ffffffffffffc00}
	s.drawn = 0
	fmt.Println("norm far tail, retried:", r.NormFloat64(), s.drawn)
	s.vals = []int64{word(0xFFFFFF00), 1}
	fmt.Println("exp tail:", r.ExpFloat64())
	s.vals = []int64{word(0xFFFFFF00), 0}
	fmt.Println("exp tail at 0:", r.ExpFloat64())
}
