// Package bits is deferjit's implementation of Go's package math/bits: bit counting
// and manipulation functions for the predeclared unsigned integer types.
//
// Results agree with what gc computes on amd64, where several of these functions are
// compiler intrinsics: Add64 and Sub64 (and Add, Sub) treat any carry or borrow whose
// low 32 bits are not zero as 1, and Div64 (and Div) panic with the runtime errors
// "integer divide by zero" and "integer overflow".
package bits

// UintSize is the number of bits of a uint: 64 on amd64, the only target of deferjit.
const UintSize = 64

// Masks of every other bit, pair, nibble, byte, half-word and word of a uint64, used to
// count and reverse bits a group at a time.
const (
	alt1  = 0x5555555555555555 // 0101...
	alt2  = 0x3333333333333333 // 00110011...
	alt4  = 0x0f0f0f0f0f0f0f0f
	alt8  = 0x00ff00ff00ff00ff
	alt16 = 0x0000ffff0000ffff
	ones8 = 0x0101010101010101 // one in each byte: multiplying by it sums the bytes
)

// --- LeadingZeros ---

// LeadingZeros counts the zero bits of x above its highest one bit: UintSize when x is 0.
func LeadingZeros(x uint) int { return UintSize - Len(x) }

// LeadingZeros8 counts the zero bits of x above its highest one bit: 8 when x is 0.
func LeadingZeros8(x uint8) int { return 8 - Len8(x) }

// LeadingZeros16 counts the zero bits of x above its highest one bit: 16 when x is 0.
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }

// LeadingZeros32 counts the zero bits of x above its highest one bit: 32 when x is 0.
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }

// LeadingZeros64 counts the zero bits of x above its highest one bit: 64 when x is 0.
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// --- TrailingZeros ---
//
// x & -x keeps the lowest set bit of x alone; one less than it sets exactly the bits
// below that one, so counting them counts the trailing zeros. For x == 0 the
// subtraction wraps around to all ones: the width of the type, as Go defines.

// TrailingZeros counts the zero bits of x below its lowest one bit: UintSize when x is 0.
func TrailingZeros(x uint) int { return OnesCount(x&-x - 1) }

// TrailingZeros8 counts the zero bits of x below its lowest one bit: 8 when x is 0.
func TrailingZeros8(x uint8) int { return OnesCount8(x&-x - 1) }

// TrailingZeros16 counts the zero bits of x below its lowest one bit: 16 when x is 0.
func TrailingZeros16(x uint16) int { return OnesCount16(x&-x - 1) }

// TrailingZeros32 counts the zero bits of x below its lowest one bit: 32 when x is 0.
func TrailingZeros32(x uint32) int { return OnesCount32(x&-x - 1) }

// TrailingZeros64 counts the zero bits of x below its lowest one bit: 64 when x is 0.
func TrailingZeros64(x uint64) int { return OnesCount64(x&-x - 1) }

// --- OnesCount ---

// OnesCount counts the one bits of x (its population count).
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 counts the one bits of x (its population count).
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 counts the one bits of x (its population count).
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 counts the one bits of x (its population count).
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 counts the one bits of x (its population count).
func OnesCount64(x uint64) int {
	// Sum neighbouring fields of growing width in place: each 2-bit field then holds
	// the count of its two bits, each nibble the count of its four, each byte of its
	// eight. Multiplying by ones8 adds all bytes into the top one.
	x -= (x >> 1) & alt1
	x = x&alt2 + (x>>2)&alt2
	x = (x + x>>4) & alt4
	return int((x * ones8) >> 56)
}

// --- RotateLeft ---

// RotateLeft returns x rotated left by k bits modulo UintSize: the bits shifted out at the
// top come back in at the bottom. A negative k rotates right by -k bits.
func RotateLeft(x uint, k int) uint {
	s := uint(k) % UintSize
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 returns x rotated left by k bits modulo 8: the bits shifted out at the
// top come back in at the bottom. A negative k rotates right by -k bits.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) % 8
	return x<<s | x>>(8-s)
}

// RotateLeft16 returns x rotated left by k bits modulo 16: the bits shifted out at the
// top come back in at the bottom. A negative k rotates right by -k bits.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) % 16
	return x<<s | x>>(16-s)
}

// RotateLeft32 returns x rotated left by k bits modulo 32: the bits shifted out at the
// top come back in at the bottom. A negative k rotates right by -k bits.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) % 32
	return x<<s | x>>(32-s)
}

// RotateLeft64 returns x rotated left by k bits modulo 64: the bits shifted out at the
// top come back in at the bottom. A negative k rotates right by -k bits.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) % 64
	return x<<s | x>>(64-s)
}

// --- Reverse ---

// Reverse returns x with the order of its bits reversed.
func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

// Reverse8 returns x with the order of its bits reversed.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 returns x with the order of its bits reversed.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 returns x with the order of its bits reversed.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 returns x with the order of its bits reversed.
func Reverse64(x uint64) uint64 {
	// Exchange neighbouring bits, then pairs, then nibbles: each byte is reversed.
	// Reversing the order of the bytes finishes the job.
	x = (x>>1)&alt1 | (x&alt1)<<1
	x = (x>>2)&alt2 | (x&alt2)<<2
	x = (x>>4)&alt4 | (x&alt4)<<4
	return ReverseBytes64(x)
}

// --- ReverseBytes ---

// ReverseBytes returns x with the order of its bytes reversed.
func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

// ReverseBytes16 returns x with the order of its bytes reversed.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 returns x with the order of its bytes reversed.
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// ReverseBytes64 returns x with the order of its bytes reversed.
func ReverseBytes64(x uint64) uint64 {
	// Exchange neighbouring bytes, then half-words, then the two words.
	x = (x>>8)&alt8 | (x&alt8)<<8
	x = (x>>16)&alt16 | (x&alt16)<<16
	return x>>32 | x<<32
}

// --- Len ---

// Len returns how many bits x needs: the position of its highest one bit plus one,
// 0 when x is 0.
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 returns how many bits x needs: the position of its highest one bit plus one,
// 0 when x is 0.
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 returns how many bits x needs: the position of its highest one bit plus one,
// 0 when x is 0.
func Len16(x uint16) int { return Len64(uint64(x)) }

// Len32 returns how many bits x needs: the position of its highest one bit plus one,
// 0 when x is 0.
func Len32(x uint32) int { return Len64(uint64(x)) }

// Len64 returns how many bits x needs: the position of its highest one bit plus one,
// 0 when x is 0.
func Len64(x uint64) int {
	// Binary search for the highest set bit: whenever x needs more than w bits, drop
	// its low w bits and remember them. What remains at the end is 0 or 1.
	n := 0
	if x >= 1<<32 {
		x >>= 32
		n = 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	if x >= 1<<4 {
		x >>= 4
		n += 4
	}
	if x >= 1<<2 {
		x >>= 2
		n += 2
	}
	if x >= 1<<1 {
		x >>= 1
		n++
	}
	return n + int(x)
}

// --- Add with carry ---

// Add returns x + y + carry, and as carryOut the carry out of the top bit (0 or 1).
// carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 returns x + y + carry, and as carryOut the carry out of the top bit (0 or 1).
// carry must be 0 or 1.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	// The full sum fits in 64 bits; its upper half is the carry.
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

// Add64 returns x + y + carry, and as carryOut the carry out of the top bit (0 or 1).
// carry must be 0 or 1.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	// gc's amd64 code (ADC after NEGL of the carry) adds 1 for any carry whose low
	// 32 bits are not all zero.
	var c uint64
	if uint32(carry) != 0 {
		c = 1
	}
	sum = x + y + c
	// A carry leaves the top bit when both top bits are set, or when one of them is
	// set and the sum's is not.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return
}

// --- Subtract with borrow ---

// Sub returns x - y - borrow, and as borrowOut the borrow into the top bit (0 or 1).
// borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 returns x - y - borrow, and as borrowOut the borrow into the top bit (0 or 1).
// borrow must be 0 or 1.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	// A borrow enters the top bit when x's is clear and y's set, or when they are
	// equal and the difference's is set.
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return
}

// Sub64 returns x - y - borrow, and as borrowOut the borrow into the top bit (0 or 1).
// borrow must be 0 or 1.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	// As for Add64, gc's amd64 code (SBB after NEGL) subtracts 1 for any borrow whose
	// low 32 bits are not all zero.
	var b uint64
	if uint32(borrow) != 0 {
		b = 1
	}
	diff = x - y - b
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return
}

// --- Full-width multiply ---

// Mul returns the product of x and y at twice their width: its upper half as hi and
// its lower half as lo.
func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

// Mul32 returns the product of x and y at twice their width: its upper half as hi and
// its lower half as lo.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 returns the product of x and y at twice their width: its upper half as hi and
// its lower half as lo.
func Mul64(x, y uint64) (hi, lo uint64) {
	// Schoolbook multiplication in base 2^32: x = xh*B + xl, y = yh*B + yl, and
	// x*y = xh*yh*B^2 + (xh*yl + xl*yh)*B + xl*yl. None of the four partial products
	// overflows; the middle terms are added a half at a time with their carries.
	const mask = 1<<32 - 1
	xh, xl := x>>32, x&mask
	yh, yl := y>>32, y&mask
	low := xl * yl
	mid1 := xh*yl + low>>32 // < 2^64: at most (B-1)^2 + B-1
	mid2 := xl*yh + mid1&mask
	hi = xh*yh + mid1>>32 + mid2>>32
	lo = x * y
	return
}

// --- Full-width divide ---

// Div divides the double-width number whose upper half is hi and lower half lo by y,
// and returns the quotient and remainder. It panics when y is 0 (division by zero) and
// when y <= hi (the quotient would not fit).
func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

// Div32 divides the double-width number whose upper half is hi and lower half lo by y,
// and returns the quotient and remainder. It panics when y is 0 (division by zero) and
// when y <= hi (the quotient would not fit).
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError())
	}
	// For y == 0 the division below panics with "integer divide by zero".
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 divides the double-width number whose upper half is hi and lower half lo by y,
// and returns the quotient and remainder. It panics when y is 0 (division by zero) and
// when y <= hi (the quotient would not fit).
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		// Go's "integer divide by zero" runtime error, raised by the division itself.
		return lo / y, 0
	}
	if y <= hi {
		panic(overflowError())
	}
	if hi == 0 {
		return lo / y, lo % y
	}
	return div128(hi, lo, y)
}

// div128 divides (hi, lo) by y for 0 < hi < y, so that the quotient fits in 64 bits.
//
// It is long division in base B = 2^32 (Knuth's algorithm D for a two-digit divisor):
// y is shifted left until its top bit is set, which makes each estimate of a quotient
// digit from the top digits at most 2 too large; the dividend is shifted likewise, and
// the remainder shifted back at the end.
func div128(hi, lo, y uint64) (quo, rem uint64) {
	const (
		b    = 1 << 32
		mask = b - 1
	)
	s := uint(LeadingZeros64(y))
	y <<= s
	yh, yl := y>>32, y&mask // the divisor's two digits; yh >= B/2

	// The dividend's shifted value: a top part (below y, since hi < y) and two digits.
	top := hi<<s | lo>>(64-s) // lo>>64 is 0 when s == 0
	lo <<= s
	l1, l0 := lo>>32, lo&mask

	// digit divides (r, d) = r*B + d by y, where r < y: a quotient digit < B and the
	// remainder. The estimate r/yh is corrected down while too large, first in digits
	// against y's top digit and the leading part of (r, d), then by the full check.
	digit := func(r, d uint64) (q, rest uint64) {
		q = r / yh
		rh := r - q*yh // r - q*yh: the remainder of the estimate in the top digit
		for q >= b || q*yl > rh*b+d {
			q--
			rh += yh
			if rh >= b {
				break // then q*yl <= rh*b + d holds for sure
			}
		}
		return q, r*b + d - q*y // modulo 2^64: the true value is below y
	}
	q1, r1 := digit(top, l1)
	q0, r0 := digit(r1, l0)
	return q1<<32 | q0, r0 >> s
}

// Rem returns the remainder of the double-width number whose upper half is hi and
// lower half lo divided by y. It panics when y is 0; unlike Div, not when the quotient
// would not fit.
func Rem(hi, lo, y uint) uint {
	return uint(Rem64(uint64(hi), uint64(lo), uint64(y)))
}

// Rem32 returns the remainder of the double-width number whose upper half is hi and
// lower half lo divided by y. It panics when y is 0; unlike Div32, not when the quotient
// would not fit.
func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

// Rem64 returns the remainder of the double-width number whose upper half is hi and
// lower half lo divided by y. It panics when y is 0; unlike Div64, not when the quotient
// would not fit.
func Rem64(hi, lo, y uint64) uint64 {
	// hi*2^64 + lo and (hi mod y)*2^64 + lo leave the same remainder, and the latter's
	// quotient fits in 64 bits. hi % y panics for y == 0.
	_, r := Div64(hi%y, lo, y)
	return r
}

// overflowError returns Go's runtime error "integer overflow" (a runtime.Error), the
// value gc's code for Div64 panics with; the runtime makes it.
func overflowError() error
