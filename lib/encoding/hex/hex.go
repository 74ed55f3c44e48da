// Package hex is deferjit's implementation of Go's package encoding/hex: hexadecimal
// encoding and decoding (lower-case out, either case in), the streaming encoder and
// decoder, and the hexdump -C style Dump and Dumper. Errors, and the calls a Dumper
// makes to its writer, are Go's.
package hex

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

const digits = "0123456789abcdef"

// ErrLength is the error for hex input of odd length.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError is the error for a byte that is not a hexadecimal digit.
type InvalidByteError byte

// Error returns "encoding/hex: invalid byte: " and the byte as %#U formats it.
func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// nibble returns the value of hexadecimal digit c, or 0xff.
func nibble(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return 0xff
}

// EncodedLen returns the length of the encoding of n bytes: 2n.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of the decoding of x hex digits: x/2.
func DecodedLen(x int) int { return x / 2 }

// Encode writes the encoding of src into dst (which needs EncodedLen(len(src)) bytes)
// and returns that length.
func Encode(dst, src []byte) int {
	for i, b := range src {
		dst[2*i] = digits[b>>4]
		dst[2*i+1] = digits[b&0xf]
	}
	return 2 * len(src)
}

// grow returns dst with room for n more bytes, grown as Go's slices.Grow grows it.
func grow(dst []byte, n int) []byte {
	if extra := n - (cap(dst) - len(dst)); extra > 0 {
		dst = append(dst[:cap(dst)], make([]byte, extra)...)[:len(dst)]
	}
	return dst
}

// AppendEncode appends the encoding of src to dst and returns the longer slice.
func AppendEncode(dst, src []byte) []byte {
	n := EncodedLen(len(src))
	dst = grow(dst, n)
	Encode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n]
}

// Decode decodes the hex digits of src into dst (which needs DecodedLen(len(src))
// bytes) and returns the number of bytes written. An invalid byte is an
// InvalidByteError (the bytes before it are decoded); an odd length is ErrLength, unless
// the last byte is invalid too.
func Decode(dst, src []byte) (int, error) {
	n := 0
	for ; 2*n+1 < len(src); n++ {
		hi, lo := nibble(src[2*n]), nibble(src[2*n+1])
		if hi == 0xff {
			return n, InvalidByteError(src[2*n])
		}
		if lo == 0xff {
			return n, InvalidByteError(src[2*n+1])
		}
		dst[n] = hi<<4 | lo
	}
	if len(src)%2 != 0 {
		last := src[len(src)-1]
		if nibble(last) == 0xff {
			return n, InvalidByteError(last)
		}
		return n, ErrLength
	}
	return n, nil
}

// AppendDecode appends the decoding of src to dst and returns the longer slice (up to
// the error, if there is one).
func AppendDecode(dst, src []byte) ([]byte, error) {
	n := DecodedLen(len(src))
	dst = grow(dst, n)
	n, err := Decode(dst[len(dst):len(dst)+n], src)
	return dst[:len(dst)+n], err
}

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string {
	out := make([]byte, EncodedLen(len(src)))
	Encode(out, src)
	return string(out)
}

// DecodeString returns the bytes that the hex digits of s encode (those before the
// error, if there is one).
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	out := make([]byte, DecodedLen(len(s)))
	n, err := Decode(out, src)
	return out[:n], err
}

// Dump returns a hex dump of data in the format of `hexdump -C` ("" for no data).
func Dump(data []byte) string {
	if len(data) == 0 {
		return ""
	}
	var sb strings.Builder
	sb.Grow((1 + (len(data)-1)/16) * 79)
	d := Dumper(&sb)
	d.Write(data)
	d.Close()
	return sb.String()
}

// chunk is how much the encoder and decoder handle at a time.
const chunk = 1024

// encoder is the io.Writer of NewEncoder.
type encoder struct {
	w   io.Writer
	err error
	out [chunk]byte
}

// NewEncoder returns an io.Writer that writes the hex encoding of what is written to
// it to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

// Write encodes p to the underlying writer, chunk/2 bytes at a time, and returns how
// many bytes of p were written (half of the digits written).
func (e *encoder) Write(p []byte) (n int, err error) {
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk/2 {
			k = chunk / 2
		}
		m := Encode(e.out[:], p[:k])
		var wrote int
		wrote, e.err = e.w.Write(e.out[:m])
		n += wrote / 2
		p = p[k:]
	}
	return n, e.err
}

// decoder is the io.Reader of NewDecoder.
type decoder struct {
	r    io.Reader
	err  error
	in   []byte      // digits read and not decoded yet
	back [chunk]byte // the storage of in
}

// NewDecoder returns an io.Reader that decodes the hex digits read from r. An odd
// number of digits ends with io.ErrUnexpectedEOF.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

// Read decodes into p what it has (reading from the source when fewer than two digits
// are buffered); an error is returned once the buffered digits are used up.
func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.back[:], d.in)
		var got int
		got, d.err = d.r.Read(d.back[kept:])
		d.in = d.back[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			last := d.in[len(d.in)-1]
			if nibble(last) == 0xff {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	n, err = Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*n:]
	if err != nil {
		d.in, d.err = nil, err
	}
	if len(d.in) < 2 {
		return n, d.err
	}
	return n, nil
}

// dumper is the io.WriteCloser of Dumper.
type dumper struct {
	w      io.Writer
	right  [18]byte // the line's characters column, then "|\n"
	buf    [14]byte
	used   int  // bytes on the current line
	offset uint // bytes dumped so far
	closed bool
}

// Dumper returns a WriteCloser that writes a hex dump of what is written to it to w,
// in the format of `hexdump -C`; Close writes the last, partial line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

// printable returns b, or '.' when b is not printable ASCII.
func printable(b byte) byte {
	if b >= 32 && b <= 126 {
		return b
	}
	return '.'
}

// Write dumps data. Like Go's, it writes the offset of each line, then each byte
// ("xx " with an extra space after the 8th and " |" after the 16th) and the character
// column as separate writes to the underlying writer.
func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for _, b := range data {
		if h.used == 0 {
			var off [4]byte
			off[0], off[1], off[2], off[3] = byte(h.offset>>24), byte(h.offset>>16), byte(h.offset>>8), byte(h.offset)
			Encode(h.buf[4:], off[:])
			h.buf[12], h.buf[13] = ' ', ' '
			if _, err = h.w.Write(h.buf[4:]); err != nil {
				return n, err
			}
		}
		h.buf[0], h.buf[1], h.buf[2] = digits[b>>4], digits[b&0xf], ' '
		size := 3
		switch h.used {
		case 7:
			h.buf[3] = ' '
			size = 4
		case 15:
			h.buf[3], h.buf[4] = ' ', '|'
			size = 5
		}
		if _, err = h.w.Write(h.buf[:size]); err != nil {
			return n, err
		}
		n++
		h.right[h.used] = printable(b)
		h.used++
		h.offset++
		if h.used == 16 {
			h.right[16], h.right[17] = '|', '\n'
			if _, err = h.w.Write(h.right[:]); err != nil {
				return n, err
			}
			h.used = 0
		}
	}
	return n, nil
}

// Close pads and writes a partial last line; later Writes are an error.
func (h *dumper) Close() (err error) {
	if h.closed {
		return nil
	}
	h.closed = true
	if h.used == 0 {
		return nil
	}
	h.buf[0], h.buf[1], h.buf[2], h.buf[3], h.buf[4] = ' ', ' ', ' ', ' ', '|'
	count := h.used
	for ; h.used < 16; h.used++ {
		size := 3
		switch h.used {
		case 7:
			size = 4
		case 15:
			size = 5
		}
		if _, err = h.w.Write(h.buf[:size]); err != nil {
			return err
		}
	}
	h.right[count], h.right[count+1] = '|', '\n'
	_, err = h.w.Write(h.right[:count+2])
	return err
}
