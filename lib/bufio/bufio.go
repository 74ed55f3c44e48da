// Package bufio is deferjit's implementation of Go's package bufio: Reader and Writer,
// which buffer an io.Reader or io.Writer, ReadWriter, and Scanner with its split
// functions. The calls they make on the wrapped reader or writer (how many, with which
// buffer sizes) are Go 1.23's, and so are their errors and panics.
package bufio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// defaultBufSize is the buffer size of NewReader and NewWriter.
const defaultBufSize = 4096

// minReadBufferSize is the smallest buffer a Reader uses.
const minReadBufferSize = 16

// maxConsecutiveEmptyReads is how many reads returning no data and no error a Reader,
// Writer.ReadFrom or Scanner accepts in a row before giving up with io.ErrNoProgress.
const maxConsecutiveEmptyReads = 100

// The errors of Reader and Writer.
var (
	ErrInvalidUnreadByte = errors.New("bufio: invalid use of UnreadByte")
	ErrInvalidUnreadRune = errors.New("bufio: invalid use of UnreadRune")
	ErrBufferFull        = errors.New("bufio: buffer full")
	ErrNegativeCount     = errors.New("bufio: negative count")
)

// errNegativeRead and errNegativeWrite are the panic values for a wrapped reader or
// writer that reports a negative count.
var errNegativeRead = errors.New("bufio: reader returned negative count from Read")
var errNegativeWrite = errors.New("bufio: writer returned negative count from Write")

// Reader buffers an io.Reader.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int   // the buffered bytes are buf[r:w]
	err          error // the wrapped reader's error, not yet returned
	lastByte     int   // the last byte read, for UnreadByte; -1 if none
	lastRuneSize int   // the size of the last rune read, for UnreadRune; -1 if none
}

// NewReaderSize returns a Reader whose buffer has at least size bytes (16 at least);
// if rd is already a Reader with a buffer that large, it returns rd.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if b, ok := rd.(*Reader); ok && len(b.buf) >= size {
		return b
	}
	if size < minReadBufferSize {
		size = minReadBufferSize
	}
	r := new(Reader)
	r.reset(make([]byte, size), rd)
	return r
}

// NewReader returns a Reader with the default buffer size (4096 bytes).
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, defaultBufSize) }

// Size returns the size of the buffer in bytes.
func (b *Reader) Size() int { return len(b.buf) }

// Reset drops any buffered data and state and makes b read from r (nothing happens
// when r is b itself).
func (b *Reader) Reset(r io.Reader) {
	if rb, ok := r.(*Reader); ok && rb == b {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.reset(b.buf, r)
}

func (b *Reader) reset(buf []byte, r io.Reader) {
	*b = Reader{buf: buf, rd: r, lastByte: -1, lastRuneSize: -1}
}

// fill moves the buffered bytes to the front and reads once more into the buffer
// (reads that return nothing and no error are retried, up to a limit).
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	if b.w >= len(b.buf) {
		panic("bufio: tried to fill full buffer")
	}
	for i := 0; i < maxConsecutiveEmptyReads; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		if n < 0 {
			panic(errNegativeRead)
		}
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

// readErr returns the pending error and clears it.
func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Peek returns the next n bytes without consuming them; the slice is valid until the
// next read. Fewer than n bytes come with an error (ErrBufferFull when n is larger
// than the buffer).
func (b *Reader) Peek(n int) ([]byte, error) {
	if n < 0 {
		return nil, ErrNegativeCount
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	for b.w-b.r < n && b.w-b.r < len(b.buf) && b.err == nil {
		b.fill()
	}
	if n > len(b.buf) {
		return b.buf[b.r:b.w], ErrBufferFull
	}
	if have := b.w - b.r; have < n {
		err := b.readErr()
		if err == nil {
			err = ErrBufferFull
		}
		return b.buf[b.r:b.w], err
	}
	return b.buf[b.r : b.r+n], nil
}

// Discard skips the next n bytes and returns how many it skipped (fewer than n only
// with an error).
func (b *Reader) Discard(n int) (discarded int, err error) {
	if n < 0 {
		return 0, ErrNegativeCount
	}
	if n == 0 {
		return 0, nil
	}
	b.lastByte = -1
	b.lastRuneSize = -1
	left := n
	for {
		skip := b.Buffered()
		if skip == 0 {
			b.fill()
			skip = b.Buffered()
		}
		if skip > left {
			skip = left
		}
		b.r += skip
		left -= skip
		if left == 0 {
			return n, nil
		}
		if b.err != nil {
			return n - left, b.readErr()
		}
	}
}

// Read reads into p from the buffer, or with at most one Read of the wrapped reader
// (straight into p when p is at least as large as the buffer).
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		if len(p) >= len(b.buf) {
			// Large read: skip the buffer.
			n, b.err = b.rd.Read(p)
			if n < 0 {
				panic(errNegativeRead)
			}
			if n > 0 {
				b.lastByte = int(p[n-1])
				b.lastRuneSize = -1
			}
			return n, b.readErr()
		}
		b.r = 0
		b.w = 0
		n, b.err = b.rd.Read(b.buf)
		if n < 0 {
			panic(errNegativeRead)
		}
		if n == 0 {
			return 0, b.readErr()
		}
		b.w += n
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = -1
	return n, nil
}

// ReadByte reads and returns one byte.
func (b *Reader) ReadByte() (byte, error) {
	b.lastRuneSize = -1
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	b.lastByte = int(c)
	return c, nil
}

// UnreadByte unreads the last byte read (only the most recent one).
func (b *Reader) UnreadByte() error {
	if b.lastByte < 0 || b.r == 0 && b.w > 0 {
		return ErrInvalidUnreadByte
	}
	if b.r > 0 {
		b.r--
	} else {
		// The buffer is empty: the byte becomes its only content.
		b.w = 1
	}
	b.buf[b.r] = byte(b.lastByte)
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// ReadRune reads one UTF-8 encoded rune (RuneError of size 1 for a bad encoding).
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.r+utf8.UTFMax > b.w && !utf8.FullRune(b.buf[b.r:b.w]) && b.err == nil && b.w-b.r < len(b.buf) {
		b.fill()
	}
	b.lastRuneSize = -1
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	r, size = rune(b.buf[b.r]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(b.buf[b.r:b.w])
	}
	b.r += size
	b.lastByte = int(b.buf[b.r-1])
	b.lastRuneSize = size
	return r, size, nil
}

// UnreadRune unreads the last rune; the last operation must have been a ReadRune.
func (b *Reader) UnreadRune() error {
	if b.lastRuneSize < 0 || b.r < b.lastRuneSize {
		return ErrInvalidUnreadRune
	}
	b.r -= b.lastRuneSize
	b.lastByte = -1
	b.lastRuneSize = -1
	return nil
}

// Buffered returns the number of bytes that can be read from the buffer.
func (b *Reader) Buffered() int { return b.w - b.r }

// ReadSlice reads through the first delim and returns a slice of the buffer (valid
// until the next read). Without delim it returns what it has with the read error, or
// the full buffer with ErrBufferFull.
func (b *Reader) ReadSlice(delim byte) (line []byte, err error) {
	from := 0 // where the search for delim resumes, relative to b.r
	for {
		if i := bytes.IndexByte(b.buf[b.r+from:b.w], delim); i >= 0 {
			end := b.r + from + i + 1
			line = b.buf[b.r:end]
			b.r = end
			break
		}
		if b.err != nil {
			line = b.buf[b.r:b.w]
			b.r = b.w
			err = b.readErr()
			break
		}
		if b.Buffered() >= len(b.buf) {
			b.r = b.w
			line = b.buf
			err = ErrBufferFull
			break
		}
		from = b.w - b.r
		b.fill()
	}
	if len(line) > 0 {
		b.lastByte = int(line[len(line)-1])
		b.lastRuneSize = -1
	}
	return line, err
}

// ReadLine returns one line without its "\n" or "\r\n"; isPrefix reports a line too
// long for the buffer, whose rest the next calls return.
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadSlice('\n')
	if err == ErrBufferFull {
		// Keep a final '\r' in the buffer: it may start a "\r\n".
		if len(line) > 0 && line[len(line)-1] == '\r' {
			if b.r == 0 {
				panic("bufio: tried to rewind past start of buffer")
			}
			b.r--
			line = line[:len(line)-1]
		}
		return line, true, nil
	}
	if len(line) == 0 {
		if err != nil {
			line = nil
		}
		return line, false, err
	}
	err = nil
	if line[len(line)-1] == '\n' {
		cut := 1
		if len(line) > 1 && line[len(line)-2] == '\r' {
			cut = 2
		}
		line = line[:len(line)-cut]
	}
	return line, false, err
}

// collect reads through delim with ReadSlice, copying the full buffers on the way.
func (b *Reader) collect(delim byte) (full [][]byte, last []byte, total int, err error) {
	for {
		frag, e := b.ReadSlice(delim)
		if e == nil {
			last = frag
			break
		}
		if e != ErrBufferFull {
			last = frag
			err = e
			break
		}
		c := bytes.Clone(frag)
		full = append(full, c)
		total += len(c)
	}
	total += len(last)
	return full, last, total, err
}

// ReadBytes reads through the first delim and returns a new slice of what it read;
// without delim, it returns what it read and the error (often io.EOF).
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	full, last, total, err := b.collect(delim)
	out := make([]byte, total)
	n := 0
	for _, f := range full {
		n += copy(out[n:], f)
	}
	copy(out[n:], last)
	return out, err
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	full, last, total, err := b.collect(delim)
	var sb strings.Builder
	sb.Grow(total)
	for _, f := range full {
		sb.Write(f)
	}
	sb.Write(last)
	return sb.String(), err
}

// WriteTo writes the buffered data and then the rest of the wrapped reader to w
// (through the reader's WriteTo or w's ReadFrom when there is one).
func (b *Reader) WriteTo(w io.Writer) (n int64, err error) {
	b.lastByte = -1
	b.lastRuneSize = -1
	n, err = b.writeBuf(w)
	if err != nil {
		return n, err
	}
	if wt, ok := b.rd.(io.WriterTo); ok {
		m, err := wt.WriteTo(w)
		return n + m, err
	}
	if rf, ok := w.(io.ReaderFrom); ok {
		m, err := rf.ReadFrom(b.rd)
		return n + m, err
	}
	if b.w-b.r < len(b.buf) {
		b.fill()
	}
	for b.r < b.w {
		m, err := b.writeBuf(w)
		n += m
		if err != nil {
			return n, err
		}
		b.fill()
	}
	if b.err == io.EOF {
		b.err = nil
	}
	return n, b.readErr()
}

// writeBuf writes the buffered bytes to w with one Write.
func (b *Reader) writeBuf(w io.Writer) (int64, error) {
	n, err := w.Write(b.buf[b.r:b.w])
	if n < 0 {
		panic(errNegativeWrite)
	}
	b.r += n
	return int64(n), err
}

// Writer buffers an io.Writer. After a write error, every later write and Flush
// returns that error.
type Writer struct {
	err error
	buf []byte
	n   int // the buffered bytes are buf[:n]
	wr  io.Writer
}

// NewWriterSize returns a Writer whose buffer has at least size bytes (4096 if size is
// not positive); if w is already a Writer with a buffer that large, it returns w.
func NewWriterSize(w io.Writer, size int) *Writer {
	if b, ok := w.(*Writer); ok && len(b.buf) >= size {
		return b
	}
	if size <= 0 {
		size = defaultBufSize
	}
	return &Writer{buf: make([]byte, size), wr: w}
}

// NewWriter returns a Writer with the default buffer size (4096 bytes).
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, defaultBufSize) }

// Size returns the size of the buffer in bytes.
func (b *Writer) Size() int { return len(b.buf) }

// Reset drops any unflushed data and any error and makes b write to w (nothing
// happens when w is b itself).
func (b *Writer) Reset(w io.Writer) {
	if wb, ok := w.(*Writer); ok && wb == b {
		return
	}
	if b.buf == nil {
		b.buf = make([]byte, defaultBufSize)
	}
	b.err = nil
	b.n = 0
	b.wr = w
}

// Flush writes the buffered data to the wrapped writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[:b.n])
	if n < b.n && err == nil {
		err = io.ErrShortWrite
	}
	if err != nil {
		// Keep what was not written.
		if n > 0 && n < b.n {
			copy(b.buf[:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns how many bytes are unused in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// AvailableBuffer returns an empty slice with b.Available() capacity, over the unused
// part of the buffer, for appending to and passing to the next Write.
func (b *Writer) AvailableBuffer() []byte { return b.buf[b.n:][:0] }

// Buffered returns the number of bytes written into the buffer.
func (b *Writer) Buffered() int { return b.n }

// Write writes p; it returns fewer than len(p) bytes only with an error.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 {
			// Large write with an empty buffer: write straight through.
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	return nn + n, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r and returns its size.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	if uint32(r) < utf8.RuneSelf {
		if err := b.WriteByte(byte(r)); err != nil {
			return 0, err
		}
		return 1, nil
	}
	if b.err != nil {
		return 0, b.err
	}
	if b.Available() < utf8.UTFMax {
		if b.Flush(); b.err != nil {
			return 0, b.err
		}
		if b.Available() < utf8.UTFMax {
			// The buffer is tiny: write the encoding as a string.
			return b.WriteString(string(r))
		}
	}
	size = utf8.EncodeRune(b.buf[b.n:], r)
	b.n += size
	return size, nil
}

// WriteString writes s; it returns fewer than len(s) bytes only with an error.
func (b *Writer) WriteString(s string) (int, error) {
	var sw io.StringWriter
	trySW := true // until the wrapped writer is seen not to be a StringWriter
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		var n int
		if b.Buffered() == 0 && sw == nil && trySW {
			sw, trySW = b.wr.(io.StringWriter)
		}
		if b.Buffered() == 0 && trySW {
			// Large write with an empty buffer: write straight through.
			n, b.err = sw.WriteString(s)
		} else {
			n = copy(b.buf[b.n:], s)
			b.n += n
			b.Flush()
		}
		nn += n
		s = s[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	return nn + n, nil
}

// ReadFrom reads r to its end into the buffer, flushing when it fills (and leaves the
// reading to the wrapped writer's ReadFrom, if it has one, once the buffer is empty).
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error) {
	if b.err != nil {
		return 0, b.err
	}
	rf, hasRF := b.wr.(io.ReaderFrom)
	var m int
	for {
		if b.Available() == 0 {
			if ferr := b.Flush(); ferr != nil {
				return n, ferr
			}
		}
		if hasRF && b.Buffered() == 0 {
			k, rerr := rf.ReadFrom(r)
			b.err = rerr
			return n + k, rerr
		}
		empties := 0
		for empties < maxConsecutiveEmptyReads {
			m, err = r.Read(b.buf[b.n:])
			if m != 0 || err != nil {
				break
			}
			empties++
		}
		if empties == maxConsecutiveEmptyReads {
			return n, io.ErrNoProgress
		}
		b.n += m
		n += int64(m)
		if err != nil {
			break
		}
	}
	if err == io.EOF {
		if b.Available() == 0 {
			err = b.Flush()
		} else {
			err = nil
		}
	}
	return n, err
}

// ReadWriter pairs a *Reader and a *Writer, with the methods of both.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter over r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }

// A Scanner reads input as a sequence of tokens (lines, by default) that a SplitFunc
// cuts out of a growing buffer.
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the last token
	buf          []byte
	start        int // buf[start:end] is the data not yet split
	end          int
	err          error // the first error (io.EOF at the end of input)
	empties      int   // empty tokens in a row at EOF without progress
	scanCalled   bool
	done         bool
}

// SplitFunc is the signature of a split function: given the unprocessed data and
// whether no more will come, it returns how many bytes to consume, the next token
// (nil for none yet) and an error.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// The errors of Scanner.
var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
)

// ErrFinalToken is the error a split function returns to deliver its token as the
// last one and stop the scan without an error.
var ErrFinalToken = errors.New("final token")

const (
	// MaxScanTokenSize is the largest token a Scanner accepts unless Buffer changes it.
	MaxScanTokenSize = 64 * 1024

	startBufSize = 4096 // the first buffer's size
)

// NewScanner returns a Scanner reading from r that splits lines (ScanLines).
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxTokenSize: MaxScanTokenSize}
}

// Err returns the first error of the scan other than io.EOF.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the last token; the next Scan may overwrite its bytes.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the last token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Scan advances to the next token, and reports false at the end of the input or on an
// error (see Err).
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanCalled = true
	for {
		// Split what is buffered, if anything (or, at the end, the rest).
		if s.end > s.start || s.err != nil {
			adv, tok, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = tok
					s.done = true
					return tok != nil
				}
				s.setErr(err)
				return false
			}
			if !s.advance(adv) {
				return false
			}
			s.token = tok
			if tok != nil {
				if s.err == nil || adv > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > maxConsecutiveEmptyReads {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
		}
		if s.err != nil {
			s.start = 0
			s.end = 0
			return false
		}
		// Make room: shift the data down, or grow the buffer.
		if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
			copy(s.buf, s.buf[s.start:s.end])
			s.end -= s.start
			s.start = 0
		}
		if s.end == len(s.buf) {
			const maxInt = int(^uint(0) >> 1)
			if len(s.buf) >= s.maxTokenSize || len(s.buf) > maxInt/2 {
				s.setErr(ErrTooLong)
				return false
			}
			size := len(s.buf) * 2
			if size == 0 {
				size = startBufSize
			}
			if size > s.maxTokenSize {
				size = s.maxTokenSize
			}
			nb := make([]byte, size)
			copy(nb, s.buf[s.start:s.end])
			s.buf = nb
			s.end -= s.start
			s.start = 0
		}
		// Read once (retrying reads that bring nothing, up to a limit).
		for tries := 0; ; {
			n, err := s.r.Read(s.buf[s.end:len(s.buf)])
			if n < 0 || n > len(s.buf)-s.end {
				s.setErr(ErrBadReadCount)
				break
			}
			s.end += n
			if err != nil {
				s.setErr(err)
				break
			}
			if n > 0 {
				s.empties = 0
				break
			}
			tries++
			if tries > maxConsecutiveEmptyReads {
				s.setErr(io.ErrNoProgress)
				break
			}
		}
	}
}

// advance consumes n bytes of the buffer, or records an error for a bad n.
func (s *Scanner) advance(n int) bool {
	if n < 0 {
		s.setErr(ErrNegativeAdvance)
		return false
	}
	if n > s.end-s.start {
		s.setErr(ErrAdvanceTooFar)
		return false
	}
	s.start += n
	return true
}

// setErr keeps the first error, but replaces io.EOF.
func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Buffer sets the first buffer (its whole capacity is used) and the largest buffer
// (and so token) size; it panics after the first Scan.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanCalled {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxTokenSize = max
}

// Split sets the split function; it panics after the first Scan.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanCalled {
		panic("Split called after Scan")
	}
	s.split = split
}

// ScanBytes is a split function that returns each byte as a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// errorRune is the token of ScanRunes for an invalid encoding: RuneError's UTF-8.
var errorRune = []byte(string(utf8.RuneError))

// ScanRunes is a split function that returns each UTF-8 encoded rune as a token; a
// bad encoding gives the encoding of utf8.RuneError and consumes one byte.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < utf8.RuneSelf {
		return 1, data[0:1], nil
	}
	if _, w := utf8.DecodeRune(data); w > 1 {
		return w, data[0:w], nil
	}
	if !atEOF && !utf8.FullRune(data) {
		// Wait for the rest of the encoding.
		return 0, nil, nil
	}
	return 1, errorRune, nil
}

// trimCR drops one final '\r'.
func trimCR(data []byte) []byte {
	if n := len(data); n > 0 && data[n-1] == '\r' {
		return data[0 : n-1]
	}
	return data
}

// ScanLines is a split function that returns each line without its end of line (an
// optional '\r' then '\n'); the last line may lack the '\n'.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		return i + 1, trimCR(data[0:i]), nil
	}
	if atEOF {
		return len(data), trimCR(data), nil
	}
	return 0, nil, nil
}

// isSpace reports whether r is a space by unicode.IsSpace's definition.
func isSpace(r rune) bool {
	if r <= 0xFF {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0:
			return true
		}
		return false
	}
	if 0x2000 <= r && r <= 0x200a {
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// ScanWords is a split function that returns each space-separated word (spaces as
// unicode.IsSpace defines them), never an empty one.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if !isSpace(r) {
			break
		}
		start += w
	}
	for i := start; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if isSpace(r) {
			return i + w, data[start:i], nil
		}
		i += w
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}
