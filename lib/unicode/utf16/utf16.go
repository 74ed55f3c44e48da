// Package utf16 is deferjit's implementation of Go's package unicode/utf16: encoding
// and decoding of UTF-16 sequences, with surrogate pairs for runes past U+FFFF and
// U+FFFD in place of anything invalid.
package utf16

const (
	replacement = '\uFFFD'     // what invalid input turns into
	maxRune     = '\U0010FFFF' // the largest valid code point
)

const (
	highFirst = 0xd800  // first high (leading) surrogate
	lowFirst  = 0xdc00  // first low (trailing) surrogate
	surrEnd   = 0xe000  // just past the last surrogate
	pairFirst = 0x10000 // the first rune that needs a pair
)

// IsSurrogate reports whether r is in the surrogate range U+D800..U+DFFF, where it can
// appear only as half of a pair.
func IsSurrogate(r rune) bool {
	return r >= highFirst && r < surrEnd
}

// DecodeRune returns the rune that the surrogate pair r1, r2 encodes, or U+FFFD when
// they are not a high surrogate followed by a low one.
func DecodeRune(r1, r2 rune) rune {
	if r1 < highFirst || r1 >= lowFirst || r2 < lowFirst || r2 >= surrEnd {
		return replacement
	}
	return pairFirst + (r1-highFirst)<<10 + (r2 - lowFirst)
}

// EncodeRune returns the surrogate pair for r, or U+FFFD, U+FFFD when r does not need
// a pair (or is not a valid rune).
func EncodeRune(r rune) (r1, r2 rune) {
	if r < pairFirst || r > maxRune {
		return replacement, replacement
	}
	v := r - pairFirst
	return highFirst + (v>>10)&0x3ff, lowFirst + v&0x3ff
}

// RuneLen returns the number of 16-bit words that encode r: 1 or 2, or -1 when r is a
// surrogate or not a valid rune.
func RuneLen(r rune) int {
	if r >= 0 && r < highFirst || r >= surrEnd && r < pairFirst {
		return 1
	}
	if r >= pairFirst && r <= maxRune {
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of s; invalid runes become U+FFFD.
func Encode(s []rune) []uint16 {
	size := len(s)
	for _, r := range s {
		if r >= pairFirst {
			size++
		}
	}
	out := make([]uint16, size)
	n := 0
	for _, r := range s {
		switch RuneLen(r) {
		case 1:
			out[n] = uint16(r)
			n++
		case 2:
			hi, lo := EncodeRune(r)
			out[n], out[n+1] = uint16(hi), uint16(lo)
			n += 2
		default:
			out[n] = replacement
			n++
		}
	}
	return out[:n]
}

// AppendRune appends the UTF-16 encoding of r to a (U+FFFD for an invalid rune).
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		hi, lo := EncodeRune(r)
		return append(a, uint16(hi), uint16(lo))
	}
	return append(a, replacement)
}

// Decode returns the runes that the UTF-16 sequence s encodes; an unpaired surrogate
// becomes U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, 64)
	for i := 0; i < len(s); i++ {
		w := rune(s[i])
		switch {
		case w < highFirst || w >= surrEnd:
			out = append(out, w)
		case w < lowFirst && i+1 < len(s) && s[i+1] >= lowFirst && s[i+1] < surrEnd:
			out = append(out, DecodeRune(w, rune(s[i+1])))
			i++
		default:
			out = append(out, replacement)
		}
	}
	return out
}
