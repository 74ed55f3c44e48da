// Package strings is deferjit's implementation of Go's package strings. Invalid UTF-8
// is treated as Go treats it: where a function works rune by rune, each bad byte is
// utf8.RuneError of width 1, and user functions are called in Go's order and number.
package strings

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

const maxInt = int(^uint(0) >> 1)

// A Builder builds a string with Write methods, copying as little as possible. The zero
// value is ready to use. A non-zero Builder must not be copied.
type Builder struct {
	addr *Builder // the receiver of the first write, to detect copies by value
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string {
	return unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset resets the Builder to be empty.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// grow copies the buffer into a new one with room for at least n more bytes.
func (b *Builder) grow(n int) {
	buf := make([]byte, len(b.buf), 2*cap(b.buf)+n)
	copy(buf, b.buf)
	b.buf = buf
}

// Grow makes room for n more bytes; it panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		b.grow(n)
	}
}

// Write appends the contents of p; it always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends the byte c; it always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r (RuneError's for an invalid rune).
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends the contents of s; it always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return unsafe.String(&b[0], len(b))
}

// Compare returns 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// Count counts the non-overlapping instances of substr in s; for an empty substr, the
// number of runes in s plus one.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}

// ContainsFunc reports whether any rune of s satisfies f.
func ContainsFunc(s string, f func(rune) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return 0
	}
	first := substr[0]
	for i := 0; i+n <= len(s); i++ {
		if s[i] == first && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexByte returns the index of the first instance of c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the rune r in s, or -1. For
// utf8.RuneError it finds the first invalid byte or U+FFFD; an invalid rune is never
// found.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Cut slices s around the first instance of sep.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix, and whether s had it.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix, and whether s had it.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// explode splits s into its UTF-8 sequences (an invalid byte alone), at most n of them;
// the last holds the rest.
func explode(s string, n int) []string {
	l := utf8.RuneCountInString(s)
	if n < 0 || n > l {
		n = l
	}
	a := make([]string, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRuneInString(s)
		a[i] = s[:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

// genSplit splits s around sep, keeping sepSave bytes of sep in each piece, into at
// most n pieces (all of them when n < 0).
func genSplit(s, sep string, sepSave, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([]string, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[:m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// Split slices s into all substrings separated by sep.
func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

// SplitN slices s into at most n substrings separated by sep.
func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

// SplitAfter slices s after each instance of sep.
func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s after each instance of sep, into at most n substrings.
func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	var starts, ends []int
	start := -1
	for end, r := range s {
		if f(r) {
			if start >= 0 {
				starts = append(starts, start)
				ends = append(ends, end)
				start = -1
			}
		} else if start < 0 {
			start = end
		}
	}
	if start >= 0 {
		starts = append(starts, start)
		ends = append(ends, len(s))
	}
	a := make([]string, len(starts))
	for i := range starts {
		a[i] = s[starts[i]:ends[i]]
	}
	return a
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns count copies of s; it panics if count is negative or the result would
// not fit in memory.
func Repeat(s string, count int) string {
	switch {
	case count == 0:
		return ""
	case count == 1:
		return s
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s) > maxInt/count {
		panic("strings: Repeat output length overflow")
	}
	n := len(s) * count
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, n)
	k := copy(b, s)
	for k < n {
		k += copy(b[k:], b[:k])
	}
	return unsafe.String(&b[0], n)
}

// Replace returns s with the first n non-overlapping instances of old replaced by new
// (all of them when n < 0). An empty old matches at the start and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	if m := Count(s, old); m == 0 {
		return s
	} else if n < 0 || m < n {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRuneInString(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		b.WriteString(s[start:j])
		b.WriteString(new)
		start = j + len(old)
	}
	b.WriteString(s[start:])
	return b.String()
}

// ReplaceAll returns s with every non-overlapping instance of old replaced by new.
func ReplaceAll(s, old, new string) string {
	return Replace(s, old, new, -1)
}

// Map returns s with each rune replaced by mapping(rune); runes mapped to a negative
// value are dropped. s itself is returned when nothing changes.
func Map(mapping func(rune) rune, s string) string {
	var b Builder
	changed := false
	for i, c := range s {
		r := mapping(c)
		if r == c && c != utf8.RuneError {
			continue
		}
		var width int
		if c == utf8.RuneError {
			c, width = utf8.DecodeRuneInString(s[i:])
			if width != 1 && r == c {
				continue
			}
		} else {
			width = utf8.RuneLen(c)
		}
		b.Grow(len(s) + utf8.UTFMax)
		b.WriteString(s[:i])
		if r >= 0 {
			b.WriteRune(r)
		}
		s = s[i+width:]
		changed = true
		break
	}
	if !changed {
		return s
	}
	for _, c := range s {
		r := mapping(c)
		if r >= 0 {
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// ToUpper returns s with all runes mapped to upper case.
func ToUpper(s string) string { return Map(unicode.ToUpper, s) }

// ToLower returns s with all runes mapped to lower case.
func ToLower(s string) string { return Map(unicode.ToLower, s) }

// ToTitle returns s with all runes mapped to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// isSeparator reports whether r separates words for Title: anything but ASCII letters,
// digits and underscore, and beyond ASCII, only white space.
func isSeparator(r rune) bool {
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

// Title returns s with the first rune of each word mapped to title case. Deprecated in
// Go, as it does not handle Unicode punctuation properly.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		first := isSeparator(prev)
		prev = r
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// ToValidUTF8 returns s with each run of invalid bytes replaced by replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

// EqualFold reports whether s and t are equal under simple Unicode case folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRuneInString(t)
			tr, t = r, t[size:]
		}
		if tr == sr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return s == t
}

// TrimLeftFunc returns s without the leading runes that satisfy f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i == -1 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc returns s without the trailing runes that satisfy f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRuneInString(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns s without the leading and trailing runes that satisfy f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace returns s without leading and trailing white space.
func TrimSpace(s string) string {
	return TrimFunc(s, unicode.IsSpace)
}

func trimLeftCutset(s, cutset string) string {
	for len(s) > 0 {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[n:]
	}
	return s
}

func trimRightCutset(s, cutset string) string {
	for len(s) > 0 {
		r, size := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s)
		}
		if !ContainsRune(cutset, r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// Trim returns s without the leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightCutset(trimLeftCutset(s, cutset), cutset)
}

// TrimLeft returns s without the leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimLeftCutset(s, cutset)
}

// TrimRight returns s without the trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return trimRightCutset(s, cutset)
}

// TrimPrefix returns s without the leading prefix, if s has it.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if s has it.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// A Reader reads from a string, with the io.Reader, io.ReaderAt, io.ByteScanner,
// io.RuneScanner, io.Seeker and io.WriterTo methods. The zero value reads an empty
// string.
type Reader struct {
	s        string
	i        int64 // the reading position
	prevRune int   // where the rune the last ReadRune read starts; -1 if none
}

// NewReader returns a Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s: s, prevRune: -1} }

// Reset makes r read from s, from its start.
func (r *Reader) Reset(s string) { *r = Reader{s: s, prevRune: -1} }

// Len returns the number of bytes not read yet.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return len(r.s) - int(r.i)
}

// Size returns the length of the string the reader reads.
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
// returns io.EOF with the bytes it read when the string ends first.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("strings.Reader.ReadAt: negative offset")
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
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
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
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += int64(size)
	return ch, size, nil
}

// UnreadRune steps back over the rune that the last operation, a ReadRune, read.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
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
		return 0, errors.New("strings.Reader.Seek: invalid whence")
	}
	if pos < 0 {
		return 0, errors.New("strings.Reader.Seek: negative position")
	}
	r.i = pos
	return pos, nil
}

// WriteTo writes the unread rest of the string to w.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	rest := r.s[r.i:]
	m, err := io.WriteString(w, rest)
	if m > len(rest) {
		panic("strings.Reader.WriteTo: invalid WriteString count")
	}
	r.i += int64(m)
	if m != len(rest) && err == nil {
		err = io.ErrShortWrite
	}
	return int64(m), err
}

// A Replacer replaces a list of strings with replacements: at each position of the
// input, the first pair (in argument order) whose old string matches there is used,
// and matches do not overlap. The zero value replaces nothing.
//
// Like Go's, it picks its algorithm from the pairs (one old string of two or more
// bytes; single-byte old strings with single-byte or any new strings; the general
// case), which matters only for the calls WriteString makes on its writer.
type Replacer struct {
	built  bool
	kind   int // replaceSingle, replaceBytes, replaceByteStrings or replaceGeneric
	oldnew []string
	// For replaceBytes: the byte each byte becomes.
	bytemap [256]byte
	// For replaceByteStrings: what each byte becomes (256 entries), nil for bytes kept.
	byteNew [][]byte
	// For replaceGeneric: for each byte (256 entries), the indexes in oldnew of the
	// non-empty old strings that start with it, in argument order; and the index of
	// the first empty old string, or -1.
	byFirst [][]int
	empty   int
}

const (
	replaceSingle = iota
	replaceBytes
	replaceByteStrings
	replaceGeneric
)

// NewReplacer returns a Replacer for the old, new string pairs of oldnew; it panics
// if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	pairs := make([]string, len(oldnew))
	copy(pairs, oldnew)
	return &Replacer{oldnew: pairs}
}

// build chooses the algorithm and prepares its tables (once, on first use).
func (r *Replacer) build() {
	r.built = true
	on := r.oldnew
	if len(on) == 2 && len(on[0]) > 1 {
		r.kind = replaceSingle
		return
	}
	single, newBytes := true, true
	for i := 0; i < len(on); i += 2 {
		if len(on[i]) != 1 {
			single = false
		}
		if len(on[i+1]) != 1 {
			newBytes = false
		}
	}
	switch {
	case single && newBytes:
		r.kind = replaceBytes
		for i := range r.bytemap {
			r.bytemap[i] = byte(i)
		}
		// Backwards, so that the first pair for a byte wins.
		for i := len(on) - 2; i >= 0; i -= 2 {
			r.bytemap[on[i][0]] = on[i+1][0]
		}
	case single:
		r.kind = replaceByteStrings
		r.byteNew = make([][]byte, 256)
		for i := len(on) - 2; i >= 0; i -= 2 {
			// Never nil, even for an empty new string.
			r.byteNew[on[i][0]] = append(make([]byte, 0, len(on[i+1])), on[i+1]...)
		}
	default:
		r.kind = replaceGeneric
		r.byFirst = make([][]int, 256)
		r.empty = -1
		for i := 0; i < len(on); i += 2 {
			if on[i] != "" {
				c := on[i][0]
				r.byFirst[c] = append(r.byFirst[c], i)
			} else if r.empty < 0 {
				r.empty = i
			}
		}
	}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	if !r.built {
		r.build()
	}
	switch r.kind {
	case replaceSingle:
		old, nw := r.oldnew[0], r.oldnew[1]
		if Index(s, old) < 0 {
			return s
		}
		var b Builder
		for {
			j := Index(s, old)
			if j < 0 {
				break
			}
			b.WriteString(s[:j])
			b.WriteString(nw)
			s = s[j+len(old):]
		}
		b.WriteString(s)
		return b.String()
	case replaceBytes:
		var buf []byte
		for i := 0; i < len(s); i++ {
			if c := r.bytemap[s[i]]; c != s[i] {
				if buf == nil {
					buf = []byte(s)
				}
				buf[i] = c
			}
		}
		if buf == nil {
			return s
		}
		return string(buf)
	case replaceByteStrings:
		var buf []byte
		for i := 0; i < len(s); i++ {
			if nw := r.byteNew[s[i]]; nw != nil {
				if buf == nil {
					buf = make([]byte, i, len(s)+len(nw))
					copy(buf, s[:i])
				}
				buf = append(buf, nw...)
			} else if buf != nil {
				buf = append(buf, s[i])
			}
		}
		if buf == nil {
			return s
		}
		return string(buf)
	}
	var w sliceWriter
	r.generic(&w, s)
	return string(w.b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	if !r.built {
		r.build()
	}
	sw, ok := w.(io.StringWriter)
	if !ok {
		sw = bytesWriter{w}
	}
	var m int
	switch r.kind {
	case replaceSingle:
		old, nw := r.oldnew[0], r.oldnew[1]
		for {
			j := Index(s, old)
			if j < 0 {
				break
			}
			m, err = sw.WriteString(s[:j])
			n += m
			if err != nil {
				return n, err
			}
			m, err = sw.WriteString(nw)
			n += m
			if err != nil {
				return n, err
			}
			s = s[j+len(old):]
		}
		m, err = sw.WriteString(s)
		return n + m, err
	case replaceBytes, replaceByteStrings:
		last := 0
		for i := 0; i < len(s); i++ {
			var nw []byte
			if r.kind == replaceBytes {
				if r.bytemap[s[i]] == s[i] {
					continue
				}
				nw = r.bytemap[s[i] : int(s[i])+1]
			} else {
				if nw = r.byteNew[s[i]]; nw == nil {
					continue
				}
			}
			if last != i {
				m, err = sw.WriteString(s[last:i])
				n += m
				if err != nil {
					return n, err
				}
			}
			last = i + 1
			m, err = w.Write(nw)
			n += m
			if err != nil {
				return n, err
			}
		}
		if last != len(s) {
			m, err = sw.WriteString(s[last:])
			n += m
		}
		return n, err
	}
	return r.generic(sw, s)
}

// generic is the general algorithm: at each position the first matching pair (in
// argument order) wins; an empty old string matches at every position, but not
// twice in a row at the same one.
func (r *Replacer) generic(sw io.StringWriter, s string) (n int, err error) {
	var last, m int
	prevEmpty := false
	for i := 0; i <= len(s); {
		// The first matching non-empty old string...
		found, keylen := -1, 0
		if i < len(s) {
			for _, k := range r.byFirst[s[i]] {
				if HasPrefix(s[i:], r.oldnew[k]) {
					found, keylen = k, len(r.oldnew[k])
					break
				}
			}
		}
		// ... unless an empty one comes before it in the arguments.
		if r.empty >= 0 && !prevEmpty && (found < 0 || r.empty < found) {
			found, keylen = r.empty, 0
		}
		prevEmpty = found >= 0 && keylen == 0
		if found < 0 {
			i++
			continue
		}
		m, err = sw.WriteString(s[last:i])
		n += m
		if err != nil {
			return n, err
		}
		m, err = sw.WriteString(r.oldnew[found+1])
		n += m
		if err != nil {
			return n, err
		}
		i += keylen
		last = i
	}
	if last != len(s) {
		m, err = sw.WriteString(s[last:])
		n += m
	}
	return n, err
}

// sliceWriter collects the output of Replace.
type sliceWriter struct{ b []byte }

func (w *sliceWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

func (w *sliceWriter) WriteString(s string) (int, error) {
	w.b = append(w.b, s...)
	return len(s), nil
}

// bytesWriter gives a Writer without WriteString the method, through Write.
type bytesWriter struct{ w io.Writer }

func (w bytesWriter) WriteString(s string) (int, error) { return w.w.Write([]byte(s)) }
