package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var boom = errors.New("boom")

// stepReader hands out at most step bytes per Read, logs len(p), and returns err with
// the last data (or alone once drained).
type stepReader struct {
	data  string
	step  int
	err   error
	reads []int
}

func (r *stepReader) Read(p []byte) (int, error) {
	r.reads = append(r.reads, len(p))
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := r.step
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	if len(r.data) == 0 && r.err != nil {
		return n, r.err
	}
	return n, nil
}

// logWriter logs every call; accepts at most max bytes (0: all); fails from call failAt.
type logWriter struct {
	max, failAt, calls int
	log                []string
	out                []byte
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls++
	w.log = append(w.log, fmt.Sprintf("W%d", len(p)))
	n := len(p)
	if w.max > 0 && n > w.max {
		n = w.max
	}
	w.out = append(w.out, p[:n]...)
	if w.failAt > 0 && w.calls >= w.failAt {
		return n, boom
	}
	return n, nil
}

type logSWriter struct{ logWriter }

func (w *logSWriter) WriteString(s string) (int, error) {
	w.log = append(w.log, fmt.Sprintf("S%d", len(s)))
	w.out = append(w.out, s...)
	return len(s), nil
}

type stuckReader struct{ calls int }

func (r *stuckReader) Read(p []byte) (int, error) {
	r.calls++
	return 0, nil
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

func es(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func reader() {
	fmt.Println("== Reader basics")
	br := bufio.NewReaderSize(strings.NewReader("x"), 1)
	fmt.Println("min size", br.Size(), bufio.NewReader(nil).Size())
	br2 := bufio.NewReaderSize(br, 8)
	fmt.Println("same?", br2 == br, bufio.NewReaderSize(br, 16) == br, bufio.NewReaderSize(br, 32) == br)

	sr := &stepReader{data: "hello, wonderful world of buffers", step: 5}
	br = bufio.NewReaderSize(sr, 16)
	p := make([]byte, 4)
	n, err := br.Read(p)
	fmt.Printf("Read %d %q %s buffered=%d reads=%v\n", n, p[:n], es(err), br.Buffered(), sr.reads)
	n, err = br.Read(p)
	fmt.Printf("Read %d %q %s buffered=%d\n", n, p[:n], es(err), br.Buffered())
	n, err = br.Read(p)
	fmt.Printf("Read %d %q %s buffered=%d reads=%v\n", n, p[:n], es(err), br.Buffered(), sr.reads)
	big := make([]byte, 20)
	n, err = br.Read(big)
	fmt.Printf("Read big %d %q %s reads=%v\n", n, big[:n], es(err), sr.reads)
	fmt.Println("UnreadByte after big read:", es(br.UnreadByte()))
	c, _ := br.ReadByte()
	fmt.Printf("ReadByte %q\n", c)
	n, err = br.Read(big[:0])
	fmt.Println("Read empty:", n, es(err))
	pk, err := br.Peek(3)
	fmt.Printf("Peek(3) %q %s buffered=%d\n", pk, es(err), br.Buffered())
	pk, err = br.Peek(16)
	fmt.Printf("Peek(16) %q %s\n", pk, es(err))
	pk, err = br.Peek(17)
	fmt.Printf("Peek(17) %q %s\n", pk, es(err))
	pk, err = br.Peek(-1)
	fmt.Printf("Peek(-1) %q %v %s\n", pk, pk == nil, es(err))
	fmt.Println("UnreadByte after Peek:", es(br.UnreadByte()))
	d, err := br.Discard(3)
	fmt.Println("Discard(3)", d, es(err))
	d, err = br.Discard(-1)
	fmt.Println("Discard(-1)", d, es(err))
	d, err = br.Discard(0)
	fmt.Println("Discard(0)", d, es(err))
	d, err = br.Discard(100)
	fmt.Println("Discard(100)", d, es(err))
	n, err = br.Read(p)
	fmt.Println("Read at EOF", n, es(err))
	pk, err = br.Peek(1)
	fmt.Printf("Peek at EOF %q %s\n", pk, es(err))

	fmt.Println("== ReadByte/UnreadByte/ReadRune/UnreadRune")
	br = bufio.NewReaderSize(&stepReader{data: "aé世\xff\xe4\xb8!", step: 1}, 16)
	fmt.Println("UnreadByte fresh:", es(br.UnreadByte()))
	fmt.Println("UnreadRune fresh:", es(br.UnreadRune()))
	for {
		r, size, err := br.ReadRune()
		fmt.Printf("ReadRune %q %d %s\n", r, size, es(err))
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadRune after EOF:", es(br.UnreadRune()))
	fmt.Println("UnreadByte after EOF:", es(br.UnreadByte()))
	b, err := br.ReadByte()
	fmt.Printf("ReadByte again %q %s\n", b, es(err))
	b, err = br.ReadByte()
	fmt.Printf("ReadByte again %q %s\n", b, es(err))
	br = bufio.NewReader(strings.NewReader("xyé"))
	r, _, _ := br.ReadRune()
	fmt.Println("UnreadRune:", es(br.UnreadRune()), "twice:", es(br.UnreadRune()))
	r, _, _ = br.ReadRune()
	fmt.Println("UnreadByte after ReadRune:", es(br.UnreadByte()), "then UnreadRune:", es(br.UnreadRune()))
	b, _ = br.ReadByte()
	fmt.Printf("%q %q UnreadRune after ReadByte: %s\n", r, b, es(br.UnreadRune()))
	fmt.Println("UnreadByte:", es(br.UnreadByte()), "UnreadByte:", es(br.UnreadByte()))
	rest, _ := io.ReadAll(br)
	fmt.Printf("rest %q\n", rest)
	// UnreadByte into an empty buffer after a large direct read.
	br = bufio.NewReaderSize(strings.NewReader("0123456789abcdefghij"), 16)
	n, _ = br.Read(make([]byte, 16))
	fmt.Println("direct", n, "UnreadByte:", es(br.UnreadByte()), "buffered", br.Buffered())
	b, _ = br.ReadByte()
	fmt.Printf("ReadByte %q\n", b)

	fmt.Println("== ReadSlice/ReadLine/ReadString/ReadBytes")
	text := "short\nthis line is rather long\r\nx\r\n\nno newline"
	br = bufio.NewReaderSize(&stepReader{data: text, step: 7}, 16)
	for {
		line, err := br.ReadSlice('\n')
		fmt.Printf("ReadSlice %q cap=%d %s\n", line, cap(line), es(err))
		if err != nil && err != bufio.ErrBufferFull {
			break
		}
	}
	br = bufio.NewReaderSize(&stepReader{data: text, step: 7}, 16)
	for {
		line, isPrefix, err := br.ReadLine()
		fmt.Printf("ReadLine %q %v %v %s\n", line, line == nil, isPrefix, es(err))
		if err != nil {
			break
		}
	}
	br = bufio.NewReaderSize(strings.NewReader("abcdefghijklmno\r\nz"), 16)
	for {
		line, isPrefix, err := br.ReadLine()
		fmt.Printf("ReadLine CR at edge %q %v %s\n", line, isPrefix, es(err))
		if err != nil {
			break
		}
	}
	br = bufio.NewReaderSize(&stepReader{data: text, step: 7, err: boom}, 16)
	for {
		s, err := br.ReadString('\n')
		fmt.Printf("ReadString %q %s\n", s, es(err))
		if err != nil {
			break
		}
	}
	br = bufio.NewReaderSize(&stepReader{data: "a;bb;" + strings.Repeat("c", 40) + ";", step: 100}, 16)
	for {
		bs, err := br.ReadBytes(';')
		fmt.Printf("ReadBytes %q len=%d cap=%d %s\n", bs, len(bs), cap(bs), es(err))
		if err != nil {
			break
		}
	}
	br = bufio.NewReader(strings.NewReader("ab\ncd"))
	br.ReadString('\n')
	fmt.Println("UnreadByte after ReadString:", es(br.UnreadByte()))
	s, _ := br.ReadString('\n')
	fmt.Printf("%q\n", s)

	fmt.Println("== errors from the reader")
	stuck := &stuckReader{}
	br = bufio.NewReader(stuck)
	b, err = br.ReadByte()
	fmt.Println("stuck ReadByte:", b, es(err), stuck.calls)
	br = bufio.NewReader(&stepReader{data: "ab", step: 1, err: boom})
	pk, err = br.Peek(5)
	fmt.Printf("Peek %q %s\n", pk, es(err))
	pk, err = br.Peek(5)
	fmt.Printf("Peek again %q %s\n", pk, es(err))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bufio.NewReader(negReader{}).ReadByte()
	}()

	fmt.Println("== Reset / WriteTo")
	var buf bytes.Buffer
	br = bufio.NewReaderSize(&stepReader{data: "first part, second part", step: 6}, 16)
	br.ReadByte()
	m, err := br.WriteTo(&buf)
	fmt.Printf("WriteTo Buffer %d %s %q\n", m, es(err), buf.String())
	lw := &logWriter{}
	sr = &stepReader{data: "0123456789012345678901234567890123456789", step: 9}
	br = bufio.NewReaderSize(sr, 16)
	m, err = br.WriteTo(lw)
	fmt.Printf("WriteTo logWriter %d %s %v %v\n", m, es(err), lw.log, sr.reads)
	lw = &logWriter{max: 3, failAt: 2}
	br = bufio.NewReaderSize(strings.NewReader("abcdefghij"), 16)
	br.Peek(1)
	m, err = br.WriteTo(lw)
	fmt.Printf("WriteTo failing %d %s %q buffered=%d\n", m, es(err), lw.out, br.Buffered())
	br = bufio.NewReaderSize(strings.NewReader("via strings.Reader"), 16)
	br.ReadByte()
	lw = &logWriter{}
	m, err = br.WriteTo(lw)
	fmt.Printf("WriteTo (inner WriterTo) %d %s %v %q\n", m, es(err), lw.log, lw.out)
	br.Reset(strings.NewReader("new source"))
	s, err = br.ReadString(0)
	fmt.Printf("after Reset %q %s size=%d\n", s, es(err), br.Size())
	br.Reset(br)
	var zr bufio.Reader
	zr.Reset(strings.NewReader("zero"))
	s, _ = zr.ReadString(0)
	fmt.Printf("zero Reader reset: %q %d\n", s, zr.Size())
}

func writer() {
	fmt.Println("== Writer")
	lw := &logWriter{}
	bw := bufio.NewWriterSize(lw, 8)
	fmt.Println("sizes", bw.Size(), bw.Available(), bw.Buffered(), bufio.NewWriterSize(lw, 0).Size(), bufio.NewWriterSize(lw, -5).Size())
	fmt.Println("same?", bufio.NewWriterSize(bw, 4) == bw, bufio.NewWriterSize(bw, 9) == bw)
	n, err := bw.Write([]byte("abc"))
	fmt.Println("Write", n, es(err), bw.Buffered(), bw.Available(), lw.log)
	n, err = bw.Write([]byte("defghij"))
	fmt.Println("Write", n, es(err), bw.Buffered(), lw.log)
	n, err = bw.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println("Write big", n, es(err), bw.Buffered(), lw.log)
	bw.Flush()
	n, err = bw.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println("Write big, empty buffer", n, es(err), bw.Buffered(), lw.log)
	for _, r := range []rune{'a', 'é', '世', 0x1F600, -1, 0x110000} {
		n, err := bw.WriteRune(r)
		fmt.Println("WriteRune", n, es(err), bw.Buffered(), lw.log)
	}
	bw.WriteByte('!')
	fmt.Println("Flush", es(bw.Flush()), es(bw.Flush()), lw.log)
	fmt.Printf("%q\n", lw.out)

	fmt.Println("== WriteString")
	slw := &logSWriter{}
	bw = bufio.NewWriterSize(slw, 8)
	n, err = bw.WriteString("abc")
	fmt.Println(n, es(err), slw.log)
	n, err = bw.WriteString("defghijklmnopqrstuvwxyz")
	fmt.Println(n, es(err), slw.log)
	bw.Flush()
	n, err = bw.WriteString("0123456789abcdefghijk")
	fmt.Println(n, es(err), slw.log, bw.Buffered())
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 8)
	n, err = bw.WriteString("0123456789abcdefghijk")
	fmt.Println("no WriteString:", n, es(err), lw.log, bw.Buffered())
	ab := bw.AvailableBuffer()
	fmt.Println("AvailableBuffer", len(ab), cap(ab))
	ab = append(ab, "xyz"...)
	bw.Write(ab)
	bw.Flush()
	fmt.Printf("%q\n", lw.out)

	fmt.Println("== errors")
	lw = &logWriter{max: 3}
	bw = bufio.NewWriterSize(lw, 8)
	bw.WriteString("abcdefg")
	err = bw.Flush()
	fmt.Println("short flush:", es(err), bw.Buffered(), lw.log, string(lw.out))
	n, err = bw.WriteString("more")
	fmt.Println("after error:", n, es(err), es(bw.WriteByte('x')))
	n, err = bw.WriteRune('é')
	fmt.Println("WriteRune after error:", n, es(err))
	bw.Reset(lw)
	fmt.Println("after Reset:", bw.Buffered(), es(bw.Flush()))
	lw = &logWriter{failAt: 1, max: 5}
	bw = bufio.NewWriterSize(lw, 4)
	n, err = bw.Write([]byte("0123456789"))
	fmt.Println("failing direct write:", n, es(err), lw.log)
	lw = &logWriter{failAt: 2}
	bw = bufio.NewWriterSize(lw, 4)
	n, err = bw.Write([]byte("01"))
	n, err = bw.Write([]byte("23456789abcdef"))
	fmt.Println("failing second flush:", n, es(err), lw.log, bw.Buffered())
	lw = &logWriter{failAt: 1}
	bw = bufio.NewWriterSize(lw, 2)
	bw.WriteByte('a')
	bw.WriteByte('b')
	fmt.Println("WriteByte full failing:", es(bw.WriteByte('c')), lw.log)
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 3)
	bw.WriteByte('a')
	n, err = bw.WriteRune('世')
	fmt.Println("WriteRune tiny buffer:", n, es(err), lw.log, bw.Buffered())
	var zw bufio.Writer
	zw.Reset(lw)
	fmt.Println("zero Writer reset:", zw.Size(), zw.Available())

	fmt.Println("== ReadFrom")
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 8)
	bw.WriteString("ab")
	sr := &stepReader{data: "0123456789abcdefghij", step: 5}
	m, err := bw.ReadFrom(sr)
	fmt.Println(m, es(err), bw.Buffered(), lw.log, sr.reads)
	bw.Flush()
	fmt.Printf("%q\n", lw.out)
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 8)
	m, err = bw.ReadFrom(&stepReader{data: "01234567", step: 8})
	fmt.Println("exact fill:", m, es(err), bw.Buffered(), lw.log)
	m, err = bw.ReadFrom(&stepReader{data: "xyz", step: 8, err: boom})
	fmt.Println("reader error:", m, es(err), bw.Buffered(), lw.log)
	m, err = bw.ReadFrom(&stuckReader{})
	fmt.Println("stuck:", m, es(err), bw.Buffered())
	var bb bytes.Buffer
	bw = bufio.NewWriterSize(&bb, 8)
	m, err = bw.ReadFrom(strings.NewReader("into a bytes.Buffer directly"))
	fmt.Println("inner ReaderFrom:", m, es(err), bw.Buffered(), bb.String())
	bw.WriteString("x")
	m, err = bw.ReadFrom(strings.NewReader("0123456789"))
	fmt.Println("inner ReaderFrom after buffered:", m, es(err), bw.Buffered(), bb.String())
	bw.Flush()
	fmt.Println(bb.String())
	// io.Copy to a bufio.Writer uses ReadFrom (strings.Reader's WriteTo wins first).
	lw = &logWriter{}
	bw = bufio.NewWriterSize(lw, 8)
	m, err = io.Copy(bw, &stepReader{data: "copy through", step: 4})
	fmt.Println("Copy:", m, es(err), bw.Buffered(), lw.log)

	fmt.Println("== ReadWriter")
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString(strings.ToUpper(line))
	l2, _, _ := rw.ReadLine()
	rw.Write(l2)
	fmt.Println("before flush", out.Len(), rw.Writer.Buffered(), rw.Reader.Buffered())
	rw.Flush()
	fmt.Printf("%q\n", out.String())
	var rwi io.ReadWriter = rw
	_ = rwi

	fmt.Println("== stdout")
	so := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(so, "formatted %d %s\n", 42, "through bufio")
	so.WriteString("string\n")
	so.WriteRune('✓')
	so.WriteByte('\n')
	fmt.Println("(printed before the flush)")
	so.Flush()
}

func main() {
	reader()
	writer()
}
