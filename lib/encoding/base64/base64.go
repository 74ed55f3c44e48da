// Package base64 is deferjit's implementation of Go's package encoding/base64 (RFC 4648):
// the standard and URL alphabets, padded and raw, custom encodings, strict decoding, and
// the streaming encoder and decoder. Decoding skips '\r' and '\n' and reports the offset
// of the first bad byte as Go does; it also writes into dst exactly the bytes Go's
// writes (Go's fast paths store whole words, zeros past the decoded bytes included).
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix-64 alphabet with its padding rules.
type Encoding struct {
	encode    [64]byte   // symbol of each 6-bit value
	decodeMap [256]uint8 // 6-bit value of each symbol, 0xff for non-symbols
	padChar   rune
	strict    bool
}

// The padding arguments of WithPadding.
const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

// notSymbol marks a byte that is not in the alphabet.
const notSymbol = 0xff

// NewEncoding returns a padded Encoding with the given 64-byte alphabet. It panics when
// the alphabet is not 64 bytes long, holds '\n' or '\r', or repeats a byte.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := &Encoding{padChar: StdPadding}
	for i := range e.decodeMap {
		e.decodeMap[i] = notSymbol
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decodeMap[c] != notSymbol {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.encode[i] = c
		e.decodeMap[c] = uint8(i)
	}
	return e
}

// WithPadding returns a copy of enc that pads with padding (or not at all, for
// NoPadding). It panics when padding is '\r', '\n', above 0xff, below NoPadding, or a
// symbol of the alphabet.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decodeMap[byte(padding)] != notSymbol {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict returns a copy of enc in strict mode, where decoding refuses trailing padding
// bits that are not zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

// The four encodings of RFC 4648.
var (
	// StdEncoding is the standard, padded encoding.
	StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
	// URLEncoding is the padded encoding with the URL and file name safe alphabet.
	URLEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
	// RawStdEncoding is StdEncoding without padding.
	RawStdEncoding = StdEncoding.WithPadding(NoPadding)
	// RawURLEncoding is URLEncoding without padding.
	RawURLEncoding = URLEncoding.WithPadding(NoPadding)
)

// Encode writes the encoding of src into dst, which needs EncodedLen(len(src)) bytes.
func (enc *Encoding) Encode(dst, src []byte) {
	if len(src) == 0 {
		return
	}
	d := 0
	s := 0
	for ; s+3 <= len(src); s += 3 {
		v := uint(src[s])<<16 | uint(src[s+1])<<8 | uint(src[s+2])
		dst[d] = enc.encode[v>>18&63]
		dst[d+1] = enc.encode[v>>12&63]
		dst[d+2] = enc.encode[v>>6&63]
		dst[d+3] = enc.encode[v&63]
		d += 4
	}
	left := len(src) - s
	if left == 0 {
		return
	}
	v := uint(src[s]) << 16
	if left == 2 {
		v |= uint(src[s+1]) << 8
	}
	dst[d] = enc.encode[v>>18&63]
	dst[d+1] = enc.encode[v>>12&63]
	if left == 2 {
		dst[d+2] = enc.encode[v>>6&63]
		if enc.padChar != NoPadding {
			dst[d+3] = byte(enc.padChar)
		}
	} else if enc.padChar != NoPadding {
		dst[d+2] = byte(enc.padChar)
		dst[d+3] = byte(enc.padChar)
	}
}

// grow returns dst with room for n more bytes, grown as Go's slices.Grow grows it.
func grow(dst []byte, n int) []byte {
	if extra := n - (cap(dst) - len(dst)); extra > 0 {
		dst = append(dst[:cap(dst)], make([]byte, extra)...)[:len(dst)]
	}
	return dst
}

// AppendEncode appends the encoding of src to dst and returns the longer slice.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	n := enc.EncodedLen(len(src))
	dst = grow(dst, n)
	enc.Encode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n]
}

// EncodeToString returns the encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	out := make([]byte, enc.EncodedLen(len(src)))
	enc.Encode(out, src)
	return string(out)
}

// EncodedLen returns the length of the encoding of n bytes.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the most bytes that n bytes of encoding can decode to.
func (enc *Encoding) DecodedLen(n int) int {
	return decodedLen(n, enc.padChar)
}

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// CorruptInputError is the offset of the first bad byte of a decoding's input.
type CorruptInputError int64

// Error returns "illegal base64 data at input byte N".
func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// skipNewlines returns the index of the first byte at or after i that is not '\r' or
// '\n'.
func skipNewlines(src []byte, i int) int {
	for i < len(src) && (src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// quantum decodes one group of up to four symbols of src from index si (skipping
// newlines, handling padding and the end of input) into dst. It returns where it
// stopped in src and how many bytes it decoded.
func (enc *Encoding) quantum(dst, src []byte, si int) (next, n int, err error) {
	var sym [4]byte
	count := 4
	j := 0
	for j < 4 {
		if si == len(src) {
			if j == 0 {
				return si, 0, nil
			}
			if j == 1 || enc.padChar != NoPadding {
				return si, 0, CorruptInputError(si - j)
			}
			count = j
			break
		}
		c := src[si]
		si++
		if v := enc.decodeMap[c]; v != notSymbol {
			sym[j] = v
			j++
			continue
		}
		if c == '\n' || c == '\r' {
			continue
		}
		if rune(c) != enc.padChar || j < 2 {
			return si, 0, CorruptInputError(si - 1)
		}
		// Padding after two or three symbols.
		if j == 2 {
			si = skipNewlines(src, si)
			if si == len(src) {
				return si, 0, CorruptInputError(len(src))
			}
			if rune(src[si]) != enc.padChar {
				return si, 0, CorruptInputError(si - 1)
			}
			si++
		}
		si = skipNewlines(src, si)
		if si < len(src) {
			err = CorruptInputError(si)
		}
		count = j
		break
	}
	v := uint(sym[0])<<18 | uint(sym[1])<<12 | uint(sym[2])<<6 | uint(sym[3])
	b0, b1, b2 := byte(v>>16), byte(v>>8), byte(v)
	if count == 4 {
		dst[2] = b2
		b2 = 0
	}
	if count >= 3 {
		dst[1] = b1
		if enc.strict && b2 != 0 {
			return si, 0, CorruptInputError(si - 1)
		}
		b1 = 0
	}
	if count >= 2 {
		dst[0] = b0
		if enc.strict && (b1 != 0 || b2 != 0) {
			return si, 0, CorruptInputError(si - 2)
		}
	}
	return si, count - 1, err
}

// Decode decodes src into dst, which needs DecodedLen(len(src)) bytes, and returns the
// number of bytes written. Newlines are skipped; a bad byte is a CorruptInputError
// (what came before it is decoded).
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	if len(src) == 0 {
		return 0, nil
	}
	si := 0
	m := &enc.decodeMap
	// Eight symbols to six bytes while dst has room for a whole 8-byte word.
	for len(src)-si >= 8 && len(dst)-n >= 8 {
		a, b, c, d := m[src[si]], m[src[si+1]], m[src[si+2]], m[src[si+3]]
		e, f, g, h := m[src[si+4]], m[src[si+5]], m[src[si+6]], m[src[si+7]]
		if a|b|c|d|e|f|g|h != notSymbol {
			dst[n] = a<<2 | b>>4
			dst[n+1] = b<<4 | c>>2
			dst[n+2] = c<<6 | d
			dst[n+3] = e<<2 | f>>4
			dst[n+4] = f<<4 | g>>2
			dst[n+5] = g<<6 | h
			dst[n+6], dst[n+7] = 0, 0
			n += 6
			si += 8
			continue
		}
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	// Four symbols to three bytes while dst has room for a 4-byte word.
	for len(src)-si >= 4 && len(dst)-n >= 4 {
		a, b, c, d := m[src[si]], m[src[si+1]], m[src[si+2]], m[src[si+3]]
		if a|b|c|d != notSymbol {
			dst[n] = a<<2 | b>>4
			dst[n+1] = b<<4 | c>>2
			dst[n+2] = c<<6 | d
			dst[n+3] = 0
			n += 3
			si += 4
			continue
		}
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	for si < len(src) {
		var k int
		si, k, err = enc.quantum(dst[n:], src, si)
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, err
}

// AppendDecode appends the decoding of src to dst and returns the longer slice (up to
// the error, if there is one).
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.padChar {
		n--
	}
	n = decodedLen(n, NoPadding)
	dst = grow(dst, n)
	n, err := enc.Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

// DecodeString returns the bytes that s encodes (those before the error, if there is
// one).
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	out := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(out, []byte(s))
	return out[:n], err
}

// encoder is the io.WriteCloser of NewEncoder.
type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte // bytes waiting for a whole group
	nbuf int
	out  [1024]byte
}

// NewEncoder returns a WriteCloser that writes the encoding of what is written to it
// to w; Close writes the last, partial group.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w}
}

// Write encodes whole groups of p (up to 768 bytes per write to w) and keeps the rest.
func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return n, nil
		}
		e.enc.Encode(e.out[:], e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		e.enc.Encode(e.out[:], p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return n, nil
}

// Close flushes a partial group (padded if the encoding pads).
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		e.enc.Encode(e.out[:], e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

// decoder is the io.Reader of NewDecoder.
type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	buf     [1024]byte // input not decoded yet
	nbuf    int
	out     []byte // output not returned yet
	outbuf  [1024 / 4 * 3]byte
}

// NewDecoder returns a Reader that decodes what it reads from r (newlines dropped).
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &dropNewlines{r}}
}

// Read decodes whole groups of four symbols into p, keeping what does not fit.
func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var k int
			k, d.err = d.enc.Decode(d.outbuf[:], d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:k]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	size := d.nbuf / 4 * 3
	if size > len(p) {
		size, d.err = d.enc.Decode(d.outbuf[:], d.buf[:whole])
		d.out = d.outbuf[:size]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:])
	return n, d.err
}

// dropNewlines is a Reader that drops '\r' and '\n' from what it reads.
type dropNewlines struct {
	r io.Reader
}

// Read reads into p and squeezes out newlines, reading again while nothing is left.
func (f *dropNewlines) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
