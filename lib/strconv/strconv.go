// Package strconv is deferjit's implementation of Go's package strconv: conversions of
// integers, booleans and floats to and from text, and Go's quoting, with Go's
// *NumError values. Decimal float conversion is the runtime's (correctly rounded, as Go's).
package strconv

import (
	"errors"
	"math"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// lower returns the lower-case form of an ASCII letter (other bytes change too, but
// only letters are compared with the result).
func lower(c byte) byte {
	return c | ('x' - 'X')
}

// ParseBool returns the boolean value represented by str: 1, t, T, TRUE, true, True,
// 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, syntaxError("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// formatBits writes u (negated when neg) in base into the end of a buffer.
func formatBits(dst []byte, u uint64, base int, neg bool) []byte {
	if base < 2 || base > len(digits) {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var a [64 + 1]byte
	i := len(a)
	b := uint64(base)
	for u >= b {
		i--
		a[i] = digits[u%b]
		u /= b
	}
	i--
	a[i] = digits[u]
	if neg {
		i--
		a[i] = '-'
	}
	return append(dst, a[i:]...)
}

// FormatUint returns the text of i in base (2 to 36, lower-case letters).
func FormatUint(i uint64, base int) string {
	return string(formatBits(nil, i, base, false))
}

// FormatInt returns the text of i in base (2 to 36, lower-case letters).
func FormatInt(i int64, base int) string {
	if i < 0 {
		return string(formatBits(nil, -uint64(i), base, true))
	}
	return string(formatBits(nil, uint64(i), base, false))
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string {
	return FormatInt(int64(i), 10)
}

// AppendInt appends the text of i in base to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	if i < 0 {
		return formatBits(dst, -uint64(i), base, true)
	}
	return formatBits(dst, uint64(i), base, false)
}

// AppendUint appends the text of i in base to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return formatBits(dst, i, base, false)
}

// underscoreOK reports whether the underscores in s sit only between digits, or
// between a base prefix and a digit.
func underscoreOK(s string) bool {
	// prev is the class of the previous character: '^' start, '0' digit or prefix,
	// '_' underscore, '!' anything else.
	prev := byte('^')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

// ParseUint is like ParseInt for unsigned numbers; a sign is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base = 2
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base = 8
				s = s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base = 16
				s = s[2:]
			default:
				base = 8
				s = s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	// cutoff is the smallest number such that cutoff*base overflows a uint64.
	cutoff := ^uint64(0)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_' && base0:
			underscores = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= lower(c) && lower(c) <= 'z':
			d = lower(c) - 'a' + 10
		default:
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets s in base (0, or 2 to 36) and returns the value that fits bitSize
// (0 means int): base 0 reads Go's prefixes and underscores. Out of range values give
// the nearest limit and a range error.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fn
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int, its errors naming Atoi.
func Atoi(s string) (int, error) {
	i, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(i), err
}

// IsPrint reports whether r is printable as unicode.IsPrint defines it.
func IsPrint(r rune) bool

// IsGraphic reports whether r is graphic as unicode.IsGraphic defines it.
func IsGraphic(r rune) bool

const lowerhex = "0123456789abcdef"

func appendEscapedRune(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if ASCIIonly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphicOnly && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7f:
		return append(buf, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, lowerhex[r>>uint(s)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, lowerhex[r>>uint(s)&0xF])
	}
	return buf
}

func appendQuotedWith(buf []byte, s string, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	for width := 0; len(s) > 0; s = s[width:] {
		r := rune(s[0])
		width = 1
		if r >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s)
		}
		if width == 1 && r == utf8.RuneError {
			buf = append(buf, '\\', 'x', lowerhex[s[0]>>4], lowerhex[s[0]&0xF])
			continue
		}
		buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	}
	return append(buf, quote)
}

func appendQuotedRuneWith(buf []byte, r rune, quote byte, ASCIIonly, graphicOnly bool) []byte {
	buf = append(buf, quote)
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = appendEscapedRune(buf, r, quote, ASCIIonly, graphicOnly)
	return append(buf, quote)
}

// Quote returns a double-quoted Go string literal representing s, with Go escapes for
// control characters and non-printable runes.
func Quote(s string) string { return string(appendQuotedWith(nil, s, '"', false, false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuotedWith(dst, s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII rune escaped.
func QuoteToASCII(s string) string { return string(appendQuotedWith(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote leaving graphic runes (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return string(appendQuotedWith(nil, s, '"', false, true)) }

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string { return string(appendQuotedRuneWith(nil, r, '\'', false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, '\'', false, false)
}

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', true, false))
}

// QuoteRuneToGraphic is QuoteRune leaving a graphic rune unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, '\'', false, true))
}

// CanBackquote reports whether s can be a raw string literal unchanged.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, wid := utf8.DecodeRuneInString(s)
		s = s[wid:]
		if wid > 1 {
			if r == '\ufeff' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return
}

// UnquoteChar decodes the first character or escape of the quoted string s (quote is
// the delimiter, whose unescaped use is an error; 0 allows both).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		err = ErrSyntax
		return
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		err = ErrSyntax
		return
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		err = ErrSyntax
		return
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 0
		switch c {
		case 'x':
			n = 2
		case 'u':
			n = 4
		case 'U':
			n = 8
		}
		var v rune
		if len(s) < n {
			err = ErrSyntax
			return
		}
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				err = ErrSyntax
				return
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' {
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			err = ErrSyntax
			return
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			err = ErrSyntax
			return
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				err = ErrSyntax
				return
			}
			v = (v << 3) | x
		}
		s = s[2:]
		if v > 255 {
			err = ErrSyntax
			return
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			err = ErrSyntax
			return
		}
		value = rune(c)
	default:
		err = ErrSyntax
		return
	}
	tail = s
	return
}

func contains(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// QuotedPrefix returns the quoted string (as Unquote takes it) at the start of s.
func QuotedPrefix(s string) (string, error) {
	_, n, err := unquote(s, false)
	if err != nil {
		return "", err
	}
	return s[:n], nil
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go literal and
// returns the value it quotes.
func Unquote(s string) (string, error) {
	out, n, err := unquote(s, true)
	if err != nil {
		return "", err
	}
	if n != len(s) {
		return "", ErrSyntax
	}
	return out, nil
}

// unquote reads the quoted literal at the start of in; with unescape it also decodes it.
// It returns the decoded text and the length of the literal.
func unquote(in string, unescape bool) (out string, n int, err error) {
	if len(in) < 2 {
		return "", 0, ErrSyntax
	}
	quote := in[0]
	end := -1
	for i := 1; i < len(in); i++ {
		if in[i] == quote {
			end = i
			break
		}
	}
	if end < 0 {
		return "", 0, ErrSyntax
	}
	end++ // the length including both quotes, if nothing is escaped
	switch quote {
	case '`':
		if !unescape {
			return in[:end], end, nil
		}
		body := in[1 : end-1]
		if !contains(body, '\r') {
			return body, end, nil
		}
		b := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				b = append(b, body[i])
			}
		}
		return string(b), end, nil
	case '"', '\'':
		body := in[1 : end-1]
		if !contains(body, '\\') && !contains(body, '\n') {
			valid := false
			switch quote {
			case '"':
				valid = utf8.ValidString(body)
			case '\'':
				r, size := utf8.DecodeRuneInString(body)
				valid = len(body) > 0 && size == len(body) && (r != utf8.RuneError || size != 1)
			}
			if valid {
				return body, end, nil
			}
		}
		var buf []byte
		rest := in[1:]
		if unescape {
			buf = make([]byte, 0, 3*len(in)/2)
		}
		for len(rest) > 0 && rest[0] != quote {
			r, multibyte, tail, err := UnquoteChar(rest, quote)
			if rest[0] == '\n' || err != nil {
				return "", 0, ErrSyntax
			}
			rest = tail
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break
			}
		}
		if !(len(rest) > 0 && rest[0] == quote) {
			return "", 0, ErrSyntax
		}
		rest = rest[1:]
		return string(buf), len(in) - len(rest), nil
	}
	return "", 0, ErrSyntax
}

// formatFloat is the runtime's FormatFloat (bitSize 32 or 64).
func formatFloat(f float64, fmt byte, prec, bitSize int) string

// FormatFloat converts f to text in format fmt ('e', 'E', 'f', 'g', 'G', 'b', 'x', 'X')
// with precision prec (-1: the fewest digits that read back as f when parsed with
// bitSize bits).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	if bitSize != 32 && bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	return formatFloat(f, fmt, prec, bitSize)
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// parseFloat converts a float literal that scanFloat accepted (without underscores) to
// the nearest float64, or float32 widened; ok is false when it overflows (the result is
// then an infinity).
func parseFloat(s string, bitSize int) (f float64, ok bool)

// prefixFold returns how many leading bytes of s match word, ignoring ASCII case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lower(s[n]) == word[n] {
		n++
	}
	return n
}

// special reads an infinity or NaN at the start of s.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	neg := false
	sign := 0
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		sign = 1
		s = s[1:]
	} else if lower(s[0]) == 'n' {
		if prefixFold(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
		return 0, 0, false
	}
	k := prefixFold(s, "infinity")
	if k > 3 && k < 8 {
		k = 3
	}
	if k == 3 || k == 8 {
		if neg {
			return math.Inf(-1), sign + k, true
		}
		return math.Inf(1), sign + k, true
	}
	return 0, 0, false
}

// scanFloat reads the float literal at the start of s as ParseFloat accepts it (sign,
// decimal or 0x hexadecimal mantissa with an optional point, exponent e or p, which a
// hexadecimal one needs; underscores only where Go allows them). It returns the
// literal's length, the literal without underscores, and whether there was one.
func scanFloat(s string) (n int, clean []byte, ok bool) {
	i := 0
	underscores := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		clean = append(clean, s[i])
		i++
	}
	hex := false
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		hex = true
		expChar = 'p'
		clean = append(clean, s[i], s[i+1])
		i += 2
	}
	sawDot, sawDigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
		} else if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			sawDigits = true
		} else {
			break
		}
		clean = append(clean, c)
	}
	if !sawDigits {
		return i, nil, false
	}
	if i < len(s) && lower(s[i]) == expChar {
		clean = append(clean, s[i])
		i++
		if i >= len(s) {
			return i, nil, false
		}
		if s[i] == '+' || s[i] == '-' {
			clean = append(clean, s[i])
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return i, nil, false
		}
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			clean = append(clean, s[i])
		}
	} else if hex {
		return i, nil, false
	}
	if underscores && !underscoreOK(s[:i]) {
		return i, nil, false
	}
	return i, clean, true
}

func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if f, n, ok := special(s); ok {
		return f, n, nil
	}
	n, clean, ok := scanFloat(s)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	f, inRange := parseFloat(string(clean), bitSize)
	if !inRange {
		return f, n, rangeError("ParseFloat", s)
	}
	return f, n, nil
}

// ParseFloat converts s to the nearest float of bitSize bits (32 or 64), returned as a
// float64. Overflow gives ±Inf and a range error.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}
