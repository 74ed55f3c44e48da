// Package bytes is deferjit's implementation of Go's package bytes: the functions of
// package strings on byte slices, and Buffer. What a program can observe of the results
// is Go 1.23's: which results share memory with the input (subslices keep Go's capacity
// limits), which are nil rather than empty, the capacities of fresh slices (Buffer's
// growth included), the panics, and the order and number of calls of user functions.
// Invalid UTF-8 is read as Go reads it: each bad byte is utf8.RuneError of width 1.
package bytes

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// maxInt is the largest int.
const maxInt = int(^uint(0) >> 1)

// MinRead is the smallest slice Buffer.ReadFrom hands to Read: it makes room for at
// least this many bytes beyond what the buffer holds before each call.
const MinRead = 512

// smallBufferSize is the capacity a Buffer starts with when its first growth is small.
const smallBufferSize = 64

// ErrTooLarge is the panic value of a Buffer that cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

// errNegativeRead is ReadFrom's panic value for a Reader that reports a negative count.
var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

// errUnreadByte is what UnreadByte returns when the last call read nothing.
var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// view reads b as a string without copying it (for comparisons only).
func view(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// readOp records what the last call on a Buffer was, for UnreadByte and UnreadRune: a
// positive value is the width of the rune ReadRune returned.
type readOp int8

const (
	opRead    readOp = -1 // a read other than ReadRune
	opInvalid readOp = 0  // anything that is not a read
)

// A Buffer is a byte buffer of variable size that is written at its end and read at its
// start. The zero value is an empty buffer ready to use.
type Buffer struct {
	buf      []byte // the unread bytes are buf[off:]
	off      int    // where the next read starts
	lastRead readOp // the last operation, for the Unread methods
}

// NewBuffer returns a Buffer whose initial contents are buf; the Buffer takes buf over
// (its capacity included), and the caller should not use it afterwards.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer whose initial contents are a copy of s.
//
// The copy's capacity is what gc gives a call it does not inline: len(s) rounded up to
// an allocation size class (0 for ""). gc usually inlines this function, and then a copy
// that does not escape the caller may be a 32-byte stack buffer or share s's length, so
// Cap right after NewBufferString can differ from gc's in such callers.
func NewBufferString(s string) *Buffer {
	// append, not []byte(s): it rounds the capacity up as the runtime's conversion does.
	return &Buffer{buf: append([]byte{}, s...)}
}

// Bytes returns the unread part of the buffer. It shares memory with the buffer and is
// valid until the next call that modifies the buffer.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns an empty slice whose capacity is the buffer's free space, for
// appending to and passing to Write right away.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns a copy of the unread part of the buffer; a nil *Buffer gives "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// empty reports whether everything written has been read.
func (b *Buffer) empty() bool { return len(b.buf) <= b.off }

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the memory the buffer holds its data in.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes can be written before the buffer has to grow.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Truncate keeps the first n unread bytes and drops the rest; it panics if n is
// negative or more than Len. Truncate(0) is Reset.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset empties the buffer, keeping its memory for later writes.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// extendInPlace lengthens buf by n bytes when its capacity allows, returning where the
// new bytes start and true; otherwise it changes nothing and returns false.
func (b *Buffer) extendInPlace(n int) (int, bool) {
	l := len(b.buf)
	if n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// grow lengthens the buffer by n bytes, moving or reallocating its data if it must, and
// returns the index where the n new bytes start.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		// Everything has been read: start again at the beginning.
		b.Reset()
	}
	if at, ok := b.extendInPlace(n); ok {
		return at
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	switch {
	case n <= c/2-m:
		// Sliding the unread bytes down leaves room enough; the buffer keeps at most
		// half its capacity in use after the write, so moves stay cheap.
		copy(b.buf, b.buf[b.off:])
	case c > maxInt-c-n:
		panic(ErrTooLarge)
	default:
		b.buf = growSlice(b.buf[b.off:], b.off+n)
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// growSlice returns a copy of b (same length) with room for at least n more bytes: at
// least double b's capacity, rounded up by append to an allocation size. A failed
// allocation panics with ErrTooLarge.
func growSlice(b []byte, n int) []byte {
	defer func() {
		if recover() != nil {
			panic(ErrTooLarge)
		}
	}()
	want := len(b) + n
	if want < 2*cap(b) {
		want = 2 * cap(b)
	}
	fresh := append([]byte(nil), make([]byte, want)...)
	copy(fresh, b)
	return fresh[:len(b)]
}

// Grow makes sure that n more bytes can be written without another allocation; it
// panics if n is negative, and with ErrTooLarge if the buffer cannot grow.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	at := b.grow(n)
	b.buf = b.buf[:at]
}

// Write appends the contents of p to the buffer, growing it as needed. It returns
// len(p) and a nil error; it panics with ErrTooLarge if the buffer cannot grow.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(len(p))
	if !ok {
		at = b.grow(len(p))
	}
	return copy(b.buf[at:], p), nil
}

// WriteString appends the contents of s to the buffer, growing it as needed. It returns
// len(s) and a nil error.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(len(s))
	if !ok {
		at = b.grow(len(s))
	}
	return copy(b.buf[at:], s), nil
}

// WriteByte appends the byte c to the buffer; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(1)
	if !ok {
		at = b.grow(1)
	}
	b.buf[at] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r (RuneError's for an invalid rune) and
// returns its length and a nil error.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	at, ok := b.extendInPlace(utf8.UTFMax)
	if !ok {
		at = b.grow(utf8.UTFMax)
	}
	b.buf = utf8.AppendRune(b.buf[:at], r)
	return len(b.buf) - at, nil
}

// ReadFrom reads from r until EOF or an error, appending what it reads to the buffer,
// and returns the number of bytes read. EOF is not returned as an error.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		at := b.grow(MinRead)
		b.buf = b.buf[:at]
		got, e := r.Read(b.buf[at:cap(b.buf)])
		if got < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:at+got]
		n += int64(got)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes the unread bytes to w in one call of Write, and returns how many were
// written and Write's error (io.ErrShortWrite for a short write without one).
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if unread := b.Len(); unread > 0 {
		wrote, e := w.Write(b.buf[b.off:])
		if wrote > unread {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += wrote
		n = int64(wrote)
		if e != nil {
			return n, e
		}
		if wrote != unread {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read copies up to len(p) unread bytes into p and returns how many it copied. An empty
// buffer returns io.EOF (nil if p is empty too).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if b.empty() {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next consumes and returns the next n unread bytes (all of them if there are fewer),
// as a slice of the buffer's memory valid until the next write.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

// ReadByte consumes and returns the next byte, or io.EOF if there is none.
func (b *Buffer) ReadByte() (byte, error) {
	if b.empty() {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune consumes and returns the next UTF-8 encoded rune and its width (RuneError of
// width 1 for an invalid byte), or io.EOF if the buffer is empty.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.empty() {
		b.Reset()
		return 0, 0, io.EOF
	}
	if c := b.buf[b.off]; c < utf8.RuneSelf {
		b.off++
		b.lastRead = readOp(1)
		return rune(c), 1, nil
	}
	r, size = utf8.DecodeRune(b.buf[b.off:])
	b.off += size
	b.lastRead = readOp(size)
	return r, size, nil
}

// UnreadRune puts back the rune the last call returned, which must have been a
// successful ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if w := int(b.lastRead); b.off >= w {
		b.off -= w
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte puts back the last byte read, if the last call was a read that read
// something.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readSlice consumes the unread bytes up to and including the first delim and returns
// them as a slice of the buffer; without delim, it consumes everything and returns
// io.EOF.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadBytes consumes the unread bytes up to and including the first delim and returns a
// copy of them; if delim is not there, it returns all the rest and io.EOF.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.readSlice(delim)
	line = append(line, part...)
	return line, err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.readSlice(delim)
	return string(part), err
}

// Equal reports whether a and b hold the same bytes; nil equals an empty slice.
func Equal(a, b []byte) bool {
	return view(a) == view(b)
}

// Compare orders a and b lexicographically by byte: 0 if they are equal, -1 if a comes
// first, +1 if b does. nil is the same as an empty slice.
func Compare(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// Clone returns a copy of b in fresh memory: nil for nil, and an empty non-nil slice for
// an empty one.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// Count returns the number of non-overlapping instances of sep in s; for an empty sep,
// the number of runes in s plus one.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		c, n := sep[0], 0
		for _, x := range s {
			if x == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Contains reports whether subslice occurs in b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) != -1
}

// ContainsAny reports whether any rune of chars occurs among the runes of b.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// ContainsRune reports whether the rune r occurs in b.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// ContainsFunc reports whether any rune of b satisfies f.
func ContainsFunc(b []byte, f func(rune) bool) bool {
	return IndexFunc(b, f) >= 0
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1; an empty sep is
// found at 0.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	first, want := sep[0], view(sep)
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && view(s[i:i+n]) == want {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1; an empty sep is
// found at len(s).
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	want := view(sep)
	for i := len(s) - n; i >= 0; i-- {
		if view(s[i:i+n]) == want {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first rune r in s, or -1. utf8.RuneError
// matches an invalid byte as well as U+FFFD itself; an invalid rune is never found.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			got, w := utf8.DecodeRune(s[i:])
			if got == utf8.RuneError {
				return i
			}
			i += w
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return Index(s, enc[:n])
}

// hasRune reports whether r is one of the runes of chars, read as range reads a string
// (so an invalid byte of chars is RuneError).
func hasRune(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the byte index of the first rune of s that is one of the runes of
// chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if hasRune(chars, r) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexAny returns the byte index of the last rune of s that is one of the runes of
// chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		i -= w
		if hasRune(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the byte index of the first rune of s that satisfies f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return firstWhere(s, f, true)
}

// LastIndexFunc returns the byte index of the last rune of s that satisfies f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastWhere(s, f, true)
}

// firstWhere returns the index of the first rune of s for which f returns want, calling
// f on the runes from the start; -1 if there is none.
func firstWhere(s []byte, f func(rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) == want {
			return i
		}
		i += w
	}
	return -1
}

// lastWhere returns the index of the last rune of s for which f returns want, calling f
// on the runes from the end; -1 if there is none.
func lastWhere(s []byte, f func(rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		i -= w
		if f(r) == want {
			return i
		}
	}
	return -1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Cut splits s around the first instance of sep: the parts before and after it (slices
// of s) and true, or s, nil and false when sep is absent.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without prefix and true, or s and false if s does not begin with
// prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and true, or s and false if s does not end with
// suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// TrimPrefix returns s without the leading prefix, or s itself if it does not begin
// with prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, or s itself if it does not end with
// suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// explode cuts s into its UTF-8 sequences (an invalid byte alone), each capped at its
// own length, into at most n pieces where the last holds the rest of s. The result's
// capacity is n, or len(s) when n is not positive or exceeds len(s).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	parts := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k+1 >= n {
			parts[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		parts[k] = s[0:w:w]
		s = s[w:]
		k++
	}
	return parts[0:k]
}

// splitGeneric cuts s around the instances of sep into at most n pieces (all of them if
// n < 0), keeping the first keep bytes of each sep at the end of the piece before it.
// Each piece but the last has its capacity capped at its length.
func splitGeneric(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	parts := make([][]byte, n)
	k := 0
	for k < n-1 {
		at := Index(s, sep)
		if at < 0 {
			break
		}
		end := at + keep
		parts[k] = s[:end:end]
		s = s[at+len(sep):]
		k++
	}
	parts[k] = s
	return parts[:k+1]
}

// Split cuts s around every instance of sep and returns the pieces between them, as
// slices of s. An empty sep cuts s after each UTF-8 sequence.
func Split(s, sep []byte) [][]byte { return splitGeneric(s, sep, 0, -1) }

// SplitN is Split returning at most n pieces, the last holding the unsplit rest; n == 0
// gives nil and a negative n all the pieces.
func SplitN(s, sep []byte, n int) [][]byte { return splitGeneric(s, sep, 0, n) }

// SplitAfter cuts s after every instance of sep, each piece keeping its sep.
func SplitAfter(s, sep []byte) [][]byte {
	return splitGeneric(s, sep, len(sep), -1)
}

// SplitAfterN is SplitAfter returning at most n pieces, the last holding the unsplit
// rest.
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return splitGeneric(s, sep, len(sep), n)
}

// isASCIISpace reports whether c is one of the ASCII white space bytes.
func isASCIISpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

// Fields cuts s around each run of white space (as unicode.IsSpace defines it) and
// returns the non-empty pieces, each a slice of s capped at its length. The result is
// empty, not nil, when there are none.
func Fields(s []byte) [][]byte {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
	}
	n := 0
	inField := false
	for _, c := range s {
		if isASCIISpace(c) {
			inField = false
		} else if !inField {
			inField = true
			n++
		}
	}
	fields := make([][]byte, n)
	k := 0
	for i := 0; i < len(s); {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !isASCIISpace(s[i]) {
			i++
		}
		if start < i {
			fields[k] = s[start:i:i]
			k++
		}
	}
	return fields
}

// FieldsFunc cuts s around each run of runes satisfying f and returns the non-empty
// pieces, each a slice of s capped at its length. f is called once per rune, in order.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int // start and end of each field, in pairs
	start := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([][]byte, len(bounds)/2)
	for k := range fields {
		lo, hi := bounds[2*k], bounds[2*k+1]
		fields[k] = s[lo:hi:hi]
	}
	return fields
}

// Join concatenates the slices of s with sep between them into a new slice. No slices
// give an empty (non-nil) result, and one slice a copy of it.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	n := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		n = len(sep) * (len(s) - 1)
	}
	for _, part := range s {
		if len(part) > maxInt-n {
			panic("bytes: Join output length overflow")
		}
		n += len(part)
	}
	out := make([]byte, n)
	w := copy(out, s[0])
	for _, part := range s[1:] {
		w += copy(out[w:], sep)
		w += copy(out[w:], part)
	}
	return out
}

// Repeat returns a new slice holding count copies of b. It panics if count is negative
// or the result's length would overflow an int.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > maxInt/count {
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	if len(b) == 0 {
		return []byte{}
	}
	out := make([]byte, n)
	w := copy(out, b)
	for w < n {
		w += copy(out[w:], out[:w])
	}
	return out
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced
// by new (all of them if n < 0). An empty old matches at the start of s and after each
// UTF-8 sequence. The result is always fresh memory (nil when s is empty and nothing is
// replaced).
func Replace(s, old, new []byte, n int) []byte {
	matches := 0
	if n != 0 {
		matches = Count(s, old)
	}
	if matches == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || matches < n {
		n = matches
	}
	out := make([]byte, len(s)+n*(len(new)-len(old)))
	w, done := 0, 0
	for k := 0; k < n; k++ {
		at := done
		if len(old) == 0 {
			if k > 0 {
				_, size := utf8.DecodeRune(s[done:])
				at += size
			}
		} else {
			at += Index(s[done:], old)
		}
		w += copy(out[w:], s[done:at])
		w += copy(out[w:], new)
		done = at + len(old)
	}
	w += copy(out[w:], s[done:])
	return out[:w]
}

// ReplaceAll returns a copy of s with every non-overlapping instance of old replaced by
// new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// Map returns a new slice holding the UTF-8 encoding of mapping(r) for each rune r of s,
// leaving out the runes mapped to a negative value.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if m := mapping(r); m >= 0 {
			out = utf8.AppendRune(out, m)
		}
		i += w
	}
	return out
}

// asciiCase reports whether s is all ASCII and, if so, whether it has a byte in the
// range lo..hi.
func asciiCase(s []byte, lo, hi byte) (ascii, has bool) {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= hi {
			has = true
		}
	}
	return true, has
}

// ToUpper returns a new slice holding s with every rune mapped to upper case.
func ToUpper(s []byte) []byte {
	ascii, has := asciiCase(s, 'a', 'z')
	if !ascii {
		return Map(unicode.ToUpper, s)
	}
	if !has {
		return append([]byte{}, s...)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// ToLower returns a new slice holding s with every rune mapped to lower case.
func ToLower(s []byte) []byte {
	ascii, has := asciiCase(s, 'A', 'Z')
	if !ascii {
		return Map(unicode.ToLower, s)
	}
	if !has {
		return append([]byte{}, s...)
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

// ToTitle returns a new slice holding s with every rune mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// startsWord reports whether r separates words for Title: anything but ASCII letters,
// digits and underscore, and beyond ASCII, only white space.
func startsWord(r rune) bool {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a new slice holding s with the first rune of each word mapped to title
// case. Deprecated in Go, as it does not handle Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		first := startsWord(prev)
		prev = r
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// ToValidUTF8 returns a new slice holding s with each run of invalid UTF-8 bytes
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBad := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			inBad = false
			i++
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			if !inBad {
				out = append(out, replacement...)
				inBad = true
			}
			i++
			continue
		}
		out = append(out, s[i:i+w]...)
		inBad = false
		i += w
	}
	return out
}

// Runes returns the runes of s (RuneError for each invalid byte) in a new slice.
func Runes(s []byte) []rune {
	out := make([]rune, utf8.RuneCount(s))
	for k := range out {
		r, w := utf8.DecodeRune(s)
		out[k] = r
		s = s[w:]
	}
	return out
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple Unicode case
// folding.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		sr, sw := rune(s[0]), 1
		if sr >= utf8.RuneSelf {
			sr, sw = utf8.DecodeRune(s)
		}
		tr, tw := rune(t[0]), 1
		if tr >= utf8.RuneSelf {
			tr, tw = utf8.DecodeRune(t)
		}
		s, t = s[sw:], t[tw:]
		if sr == tr {
			continue
		}
		lo, hi := sr, tr
		if hi < lo {
			lo, hi = hi, lo
		}
		if hi < utf8.RuneSelf {
			if 'A' <= lo && lo <= 'Z' && hi == lo+'a'-'A' {
				continue
			}
			return false
		}
		// Walk lo's folding orbit upwards looking for hi.
		r := unicode.SimpleFold(lo)
		for r != lo && r < hi {
			r = unicode.SimpleFold(r)
		}
		if r != hi {
			return false
		}
	}
	return len(s) == len(t)
}

// TrimLeftFunc returns s without its leading runes that satisfy f, or nil if they all
// do.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := firstWhere(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns s without its trailing runes that satisfy f (a slice of s, which
// is empty but not nil when s is).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastWhere(s, f, false)
	end := i + 1
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		end = i + w
	}
	return s[0:end]
}

// TrimFunc returns s without its leading and trailing runes that satisfy f (the leading
// ones are looked at first), or nil if they all do.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns s without its leading and trailing white space, or nil if nothing
// is left.
func TrimSpace(s []byte) []byte {
	start := 0
	for start < len(s) {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
		start++
	}
	stop := len(s)
	for stop > start {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:stop], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
		stop--
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

// cutLeft drops the leading runes of s that are runes of cutset; nil if none is left.
func cutLeft(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if !hasRune(cutset, r) {
			return s
		}
		s = s[w:]
	}
	return nil
}

// cutRight drops the trailing runes of s that are runes of cutset.
func cutRight(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s)
		}
		if !hasRune(cutset, r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// Trim returns s without its leading and trailing runes that are runes of cutset; nil
// if s is empty or nothing is left.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return cutLeft(cutRight(s, cutset), cutset)
}

// TrimLeft returns s without its leading runes that are runes of cutset; nil if s is
// empty or nothing is left.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return cutLeft(s, cutset)
}

// TrimRight returns s without its trailing runes that are runes of cutset (a slice of
// s, never nil unless s is).
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return cutRight(s, cutset)
}

// A Reader reads from a byte slice, with the io.Reader, io.ReaderAt, io.WriterTo,
// io.Seeker, io.ByteScanner and io.RuneScanner methods. Unlike a Buffer it cannot be
// written to, and it can seek. The zero value reads an empty slice.
type Reader struct {
	s        []byte
	i        int64 // the reading position
	prevRune int   // where the rune the last ReadRune read starts; -1 if none
}

// NewReader returns a Reader reading from b.
func NewReader(b []byte) *Reader { return &Reader{s: b, prevRune: -1} }

// Reset makes r read from b, from its start.
func (r *Reader) Reset(b []byte) { *r = Reader{s: b, prevRune: -1} }

// Len returns the number of bytes not read yet.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return len(r.s) - int(r.i)
}

// Size returns the length of the slice the reader reads (changed only by Reset).
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read reads up to len(b) bytes into b.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return n, nil
}

// ReadAt reads len(b) bytes from offset off into b, without moving the reader; it
// returns io.EOF with the bytes it read when the slice ends first.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		return n, io.EOF
	}
	return n, nil
}

// ReadByte reads the next byte.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune reads the next UTF-8 encoded rune (RuneError of size 1 for a bad byte).
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune that the last operation, a ReadRune, read.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek sets the reading position (which may be past the end) and returns it.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var pos int64
	switch whence {
	case io.SeekStart:
		pos = offset
	case io.SeekCurrent:
		pos = r.i + offset
	case io.SeekEnd:
		pos = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

// WriteTo writes the unread rest of the slice to w (one Write of the subslice).
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := w.Write(rest)
	if m > len(rest) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}
