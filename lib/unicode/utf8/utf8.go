// Package utf8 is deferjit's implementation of Go's package unicode/utf8: encoding and
// decoding of UTF-8, with Go's treatment of invalid input (each bad byte decodes as
// RuneError of width 1; surrogates and runes past MaxRune are invalid).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// seqLen is the length of the sequence that leading byte b starts (0 for a byte that
// cannot start one), and lo, hi bound the second byte.
func seqInfo(b byte) (n int, lo, hi byte) {
	switch {
	case b < 0x80:
		return 1, 0, 0
	case b < 0xC2:
		return 0, 0, 0
	case b < 0xE0:
		return 2, 0x80, 0xBF
	case b == 0xE0:
		return 3, 0xA0, 0xBF
	case b == 0xED:
		return 3, 0x80, 0x9F
	case b < 0xF0:
		return 3, 0x80, 0xBF
	case b == 0xF0:
		return 4, 0x90, 0xBF
	case b < 0xF4:
		return 4, 0x80, 0xBF
	case b == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func isCont(b byte) bool {
	return b&0xC0 == 0x80
}

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the rune and its
// width in bytes: (RuneError, 0) for an empty s, (RuneError, 1) for an invalid encoding.
func DecodeRuneInString(s string) (rune, int) {
	if len(s) == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	n, lo, hi := seqInfo(b0)
	if n == 1 {
		return rune(b0), 1
	}
	if n == 0 || len(s) < 2 || s[1] < lo || s[1] > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(s[1]&0x3F), 2
	}
	if len(s) < 3 || !isCont(s[2]) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	if len(s) < 4 || !isCont(s[3]) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(s[1]&0x3F)<<12 | rune(s[2]&0x3F)<<6 | rune(s[3]&0x3F), 4
}

// DecodeRune is DecodeRuneInString for a byte slice.
func DecodeRune(p []byte) (rune, int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return DecodeRuneInString(string(p[:n]))
}

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s.
func DecodeLastRuneInString(s string) (rune, int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	// Back up over at most UTFMax-1 continuation bytes to a possible start.
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start > lim && !RuneStart(s[start]) {
		start--
	}
	r, size := DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune is DecodeLastRuneInString for a byte slice.
func DecodeLastRune(p []byte) (rune, int) {
	n := len(p)
	lo := n - UTFMax
	if lo < 0 {
		lo = 0
	}
	return DecodeLastRuneInString(string(p[lo:]))
}

// FullRuneInString reports whether s begins with a full encoding of a rune (an invalid
// encoding counts as full: it decodes as an error of width 1).
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := seqInfo(s[0])
	if n <= 1 || len(s) >= n {
		return true
	}
	// Short, or invalid at the second or third byte (which decodes with width 1).
	if len(s) > 1 && (s[1] < lo || s[1] > hi) {
		return true
	}
	if len(s) > 2 && !isCont(s[2]) {
		return true
	}
	return false
}

// FullRune is FullRuneInString for a byte slice.
func FullRune(p []byte) bool {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return FullRuneInString(string(p[:n]))
}

// RuneLen returns the number of bytes of r's encoding, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes r's encoding into p (RuneError's for an invalid rune) and returns
// the number of bytes written; it panics if p is too short.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends r's encoding to p.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCountInString returns the number of runes in s (each invalid byte counts as one).
func RuneCountInString(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
		} else {
			_, size := DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// RuneCount is RuneCountInString for a byte slice.
func RuneCount(p []byte) int {
	return RuneCountInString(string(p))
}

// RuneStart reports whether b could be the first byte of an encoding.
func RuneStart(b byte) bool {
	return !isCont(b)
}

// ValidString reports whether s consists entirely of valid encodings.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// Valid is ValidString for a byte slice.
func Valid(p []byte) bool {
	return ValidString(string(p))
}

// ValidRune reports whether r can be encoded: in range and not a surrogate.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
