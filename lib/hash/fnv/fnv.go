// Package fnv is deferjit's implementation of Go's package hash/fnv: the FNV-1 and
// FNV-1a non-cryptographic hashes in 32, 64 and 128 bits, with Go's MarshalBinary and
// UnmarshalBinary state encoding.
package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

// The hash states; each type's methods implement one variant.
type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word, low word
	sum128a [2]uint64
)

const (
	offset32     = 2166136261
	offset64     = 14695981039346656037
	offset128Hi  = 0x6c62272e07bb0142
	offset128Lo  = 0x62b821756295c58d
	prime32      = 16777619
	prime64      = 1099511628211
	prime128Lo   = 0x13b // the 128-bit prime is 1<<88 + prime128Lo
	prime128High = 24    // 88 - 64: the shift of the prime's high bit in the high word
)

// New32 returns a new 32-bit FNV-1 hash.
func New32() hash.Hash32 {
	s := sum32(offset32)
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.
func New32a() hash.Hash32 {
	s := sum32a(offset32)
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.
func New64() hash.Hash64 {
	s := sum64(offset64)
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.
func New64a() hash.Hash64 {
	s := sum64a(offset64)
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.
func New128() hash.Hash {
	s := &sum128{offset128Hi, offset128Lo}
	return s
}

// New128a returns a new 128-bit FNV-1a hash.
func New128a() hash.Hash {
	s := &sum128a{offset128Hi, offset128Lo}
	return s
}

// mul128 multiplies the 128-bit value hi:lo by the FNV 128-bit prime.
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := bits.Mul64(prime128Lo, lo)
	h += lo<<prime128High + prime128Lo*hi
	return h, l
}

// be32 appends v to b, big-endian, in one append.
func be32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

// be64 appends v to b, big-endian, in one append.
func be64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func get32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

func get64(b []byte) uint64 {
	return uint64(get32(b))<<32 | uint64(get32(b[4:]))
}

// Write hashes data (FNV-1: multiply, then xor).
func (s *sum32) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h = h*prime32 ^ uint32(c)
	}
	*s = sum32(h)
	return len(data), nil
}

// Write hashes data (FNV-1a: xor, then multiply).
func (s *sum32a) Write(data []byte) (int, error) {
	h := uint32(*s)
	for _, c := range data {
		h = (h ^ uint32(c)) * prime32
	}
	*s = sum32a(h)
	return len(data), nil
}

// Write hashes data (FNV-1: multiply, then xor).
func (s *sum64) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h = h*prime64 ^ uint64(c)
	}
	*s = sum64(h)
	return len(data), nil
}

// Write hashes data (FNV-1a: xor, then multiply).
func (s *sum64a) Write(data []byte) (int, error) {
	h := uint64(*s)
	for _, c := range data {
		h = (h ^ uint64(c)) * prime64
	}
	*s = sum64a(h)
	return len(data), nil
}

// Write hashes data (FNV-1: multiply, then xor).
func (s *sum128) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo)
		lo ^= uint64(c)
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

// Write hashes data (FNV-1a: xor, then multiply).
func (s *sum128a) Write(data []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, c := range data {
		hi, lo = mul128(hi, lo^uint64(c))
	}
	s[0], s[1] = hi, lo
	return len(data), nil
}

// Reset returns to the initial state.
func (s *sum32) Reset() { *s = offset32 }

// Reset returns to the initial state.
func (s *sum32a) Reset() { *s = offset32 }

// Reset returns to the initial state.
func (s *sum64) Reset() { *s = offset64 }

// Reset returns to the initial state.
func (s *sum64a) Reset() { *s = offset64 }

// Reset returns to the initial state.
func (s *sum128) Reset() { s[0], s[1] = offset128Hi, offset128Lo }

// Reset returns to the initial state.
func (s *sum128a) Reset() { s[0], s[1] = offset128Hi, offset128Lo }

// Sum32 returns the hash.
func (s *sum32) Sum32() uint32 { return uint32(*s) }

// Sum32 returns the hash.
func (s *sum32a) Sum32() uint32 { return uint32(*s) }

// Sum64 returns the hash.
func (s *sum64) Sum64() uint64 { return uint64(*s) }

// Sum64 returns the hash.
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

// Size returns 4.
func (s *sum32) Size() int { return 4 }

// Size returns 4.
func (s *sum32a) Size() int { return 4 }

// Size returns 8.
func (s *sum64) Size() int { return 8 }

// Size returns 8.
func (s *sum64a) Size() int { return 8 }

// Size returns 16.
func (s *sum128) Size() int { return 16 }

// Size returns 16.
func (s *sum128a) Size() int { return 16 }

// BlockSize returns 1.
func (s *sum32) BlockSize() int { return 1 }

// BlockSize returns 1.
func (s *sum32a) BlockSize() int { return 1 }

// BlockSize returns 1.
func (s *sum64) BlockSize() int { return 1 }

// BlockSize returns 1.
func (s *sum64a) BlockSize() int { return 1 }

// BlockSize returns 1.
func (s *sum128) BlockSize() int { return 1 }

// BlockSize returns 1.
func (s *sum128a) BlockSize() int { return 1 }

// Sum appends the hash, big-endian, to in.
func (s *sum32) Sum(in []byte) []byte { return be32(in, uint32(*s)) }

// Sum appends the hash, big-endian, to in.
func (s *sum32a) Sum(in []byte) []byte { return be32(in, uint32(*s)) }

// Sum appends the hash, big-endian, to in.
func (s *sum64) Sum(in []byte) []byte { return be64(in, uint64(*s)) }

// Sum appends the hash, big-endian, to in.
func (s *sum64a) Sum(in []byte) []byte { return be64(in, uint64(*s)) }

// Sum appends the hash, big-endian, to in.
func (s *sum128) Sum(in []byte) []byte { return be64(be64(in, s[0]), s[1]) }

// Sum appends the hash, big-endian, to in.
func (s *sum128a) Sum(in []byte) []byte { return be64(be64(in, s[0]), s[1]) }

// The identifiers that start a marshaled state.
const (
	magic32   = "fnv\x01"
	magic32a  = "fnv\x02"
	magic64   = "fnv\x03"
	magic64a  = "fnv\x04"
	magic128  = "fnv\x05"
	magic128a = "fnv\x06"
)

// marshal returns magic followed by the state words, each big-endian in size bytes.
func marshal(magic string, size int, words ...uint64) []byte {
	b := make([]byte, 0, len(magic)+size*len(words))
	b = append(b, magic...)
	for _, w := range words {
		if size == 4 {
			b = be32(b, uint32(w))
		} else {
			b = be64(b, w)
		}
	}
	return b
}

// unmarshal checks that b is magic followed by n state bytes.
func unmarshal(b []byte, magic string, n int) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != len(magic)+n {
		return errors.New("hash/fnv: invalid hash state size")
	}
	return nil
}

// MarshalBinary returns the state: "fnv\x01" and the hash.
func (s *sum32) MarshalBinary() ([]byte, error) { return marshal(magic32, 4, uint64(*s)), nil }

// MarshalBinary returns the state: "fnv\x02" and the hash.
func (s *sum32a) MarshalBinary() ([]byte, error) { return marshal(magic32a, 4, uint64(*s)), nil }

// MarshalBinary returns the state: "fnv\x03" and the hash.
func (s *sum64) MarshalBinary() ([]byte, error) { return marshal(magic64, 8, uint64(*s)), nil }

// MarshalBinary returns the state: "fnv\x04" and the hash.
func (s *sum64a) MarshalBinary() ([]byte, error) { return marshal(magic64a, 8, uint64(*s)), nil }

// MarshalBinary returns the state: "fnv\x05" and the hash.
func (s *sum128) MarshalBinary() ([]byte, error) { return marshal(magic128, 8, s[0], s[1]), nil }

// MarshalBinary returns the state: "fnv\x06" and the hash.
func (s *sum128a) MarshalBinary() ([]byte, error) { return marshal(magic128a, 8, s[0], s[1]), nil }

// UnmarshalBinary restores a state that MarshalBinary returned.
func (s *sum32) UnmarshalBinary(b []byte) error {
	if err := unmarshal(b, magic32, 4); err != nil {
		return err
	}
	*s = sum32(get32(b[4:]))
	return nil
}

// UnmarshalBinary restores a state that MarshalBinary returned.
func (s *sum32a) UnmarshalBinary(b []byte) error {
	if err := unmarshal(b, magic32a, 4); err != nil {
		return err
	}
	*s = sum32a(get32(b[4:]))
	return nil
}

// UnmarshalBinary restores a state that MarshalBinary returned.
func (s *sum64) UnmarshalBinary(b []byte) error {
	if err := unmarshal(b, magic64, 8); err != nil {
		return err
	}
	*s = sum64(get64(b[4:]))
	return nil
}

// UnmarshalBinary restores a state that MarshalBinary returned.
func (s *sum64a) UnmarshalBinary(b []byte) error {
	if err := unmarshal(b, magic64a, 8); err != nil {
		return err
	}
	*s = sum64a(get64(b[4:]))
	return nil
}

// UnmarshalBinary restores a state that MarshalBinary returned.
func (s *sum128) UnmarshalBinary(b []byte) error {
	if err := unmarshal(b, magic128, 16); err != nil {
		return err
	}
	s[0], s[1] = get64(b[4:]), get64(b[12:])
	return nil
}

// UnmarshalBinary restores a state that MarshalBinary returned.
func (s *sum128a) UnmarshalBinary(b []byte) error {
	if err := unmarshal(b, magic128a, 16); err != nil {
		return err
	}
	s[0], s[1] = get64(b[4:]), get64(b[12:])
	return nil
}
