package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// limitedWriter accepts at most max bytes per call, and optionally fails.
type limitedWriter struct {
	max  int
	fail error
	got  []string
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.got = append(w.got, string(p[:n]))
	return n, w.fail
}

// strWriter has WriteString, to show that strings.Reader.WriteTo uses it.
type strWriter struct{ calls []string }

func (w *strWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, "Write:"+string(p))
	return len(p), nil
}

func (w *strWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "WriteString:"+s)
	return len(s), nil
}

type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }

func (liar) WriteString(s string) (int, error) { return len(s) + 1, nil }

func showErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	if err == io.EOF {
		return "io.EOF"
	}
	return "err(" + err.Error() + ")"
}

func stringsReader() {
	fmt.Println("== strings.Reader")
	r := strings.NewReader("héllo, wörld")
	fmt.Println("Len", r.Len(), "Size", r.Size())
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("Read n=%d %q %s Len=%d\n", n, buf[:n], showErr(err), r.Len())
		if err != nil {
			break
		}
	}
	n, err := r.Read(nil)
	fmt.Println("Read(nil) at end:", n, showErr(err))

	r.Reset("abc")
	n, err = r.Read(nil)
	fmt.Println("Read(nil) not at end:", n, showErr(err))
	fmt.Println("Size after Reset", r.Size(), "Len", r.Len())

	// ReadAt
	r = strings.NewReader("0123456789")
	for _, off := range []int64{-1, 0, 3, 8, 9, 10, 11, 100} {
		b := make([]byte, 3)
		n, err := r.ReadAt(b, off)
		fmt.Printf("ReadAt(3, %d) = %d %q %s\n", off, n, b[:n], showErr(err))
	}
	n, err = r.ReadAt(make([]byte, 0), 10)
	fmt.Println("ReadAt empty at len:", n, showErr(err))
	n, err = r.ReadAt(make([]byte, 0), 5)
	fmt.Println("ReadAt empty inside:", n, showErr(err))
	fmt.Println("Len after ReadAt", r.Len())

	// ReadByte / UnreadByte
	r = strings.NewReader("xy")
	fmt.Println("UnreadByte at start:", showErr(r.UnreadByte()))
	for i := 0; i < 3; i++ {
		c, err := r.ReadByte()
		fmt.Printf("ReadByte %q %s\n", c, showErr(err))
	}
	fmt.Println("UnreadByte:", showErr(r.UnreadByte()))
	fmt.Println("UnreadByte:", showErr(r.UnreadByte()))
	fmt.Println("UnreadByte:", showErr(r.UnreadByte()))
	c, err := r.ReadByte()
	fmt.Printf("ReadByte %q %s\n", c, showErr(err))

	// ReadRune / UnreadRune
	r = strings.NewReader("aé\xff世\xe4\xb8")
	fmt.Println("UnreadRune at start:", showErr(r.UnreadRune()))
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune %q %d %s\n", ch, size, showErr(err))
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadRune after EOF:", showErr(r.UnreadRune()))
	r.Seek(1, io.SeekStart)
	ch, size, _ := r.ReadRune()
	fmt.Printf("after seek ReadRune %q %d\n", ch, size)
	fmt.Println("UnreadRune:", showErr(r.UnreadRune()), "Len", r.Len())
	fmt.Println("UnreadRune twice:", showErr(r.UnreadRune()))
	r.ReadRune()
	r.ReadByte()
	fmt.Println("UnreadRune after ReadByte:", showErr(r.UnreadRune()))
	r.ReadRune()
	r.UnreadByte()
	fmt.Println("UnreadRune after UnreadByte:", showErr(r.UnreadRune()))
	r.ReadRune()
	r.Seek(0, io.SeekCurrent)
	fmt.Println("UnreadRune after Seek:", showErr(r.UnreadRune()))
	r.ReadRune()
	r.Read(make([]byte, 1))
	fmt.Println("UnreadRune after Read:", showErr(r.UnreadRune()))

	// Seek
	r = strings.NewReader("abcdef")
	cases := []struct {
		off    int64
		whence int
	}{{2, io.SeekStart}, {1, io.SeekCurrent}, {-1, io.SeekEnd}, {10, io.SeekStart}, {-20, io.SeekCurrent}, {0, 3}, {-1, -1}, {0, io.SeekEnd}, {-6, io.SeekEnd}, {-7, io.SeekEnd}}
	for _, c := range cases {
		pos, err := r.Seek(c.off, c.whence)
		fmt.Printf("Seek(%d, %d) = %d %s Len=%d\n", c.off, c.whence, pos, showErr(err), r.Len())
	}
	r.Seek(10, io.SeekStart)
	n, err = r.Read(make([]byte, 2))
	fmt.Println("Read past end:", n, showErr(err), r.Len())
	c, err = r.ReadByte()
	fmt.Println("ReadByte past end:", c, showErr(err))
	fmt.Println("UnreadByte past end:", showErr(r.UnreadByte()))
	fmt.Println("pos after unread past end:", r.Size()-int64(r.Len()))
	r.Seek(3, io.SeekStart)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Println("WriteTo:", m, showErr(err), sb.String(), r.Len())
	m, err = r.WriteTo(&sb)
	fmt.Println("WriteTo at end:", m, showErr(err))

	// WriteTo uses WriteString
	sw := &strWriter{}
	r = strings.NewReader("payload")
	r.ReadByte()
	m, err = r.WriteTo(sw)
	fmt.Println("WriteTo strWriter:", m, showErr(err), sw.calls)
	// Short writes
	lw := &limitedWriter{max: 3}
	r = strings.NewReader("abcdefgh")
	m, err = r.WriteTo(lw)
	fmt.Println("WriteTo short:", m, showErr(err), lw.got, r.Len())
	lw = &limitedWriter{max: 2, fail: errors.New("disk full")}
	m, err = r.WriteTo(lw)
	fmt.Println("WriteTo failing:", m, showErr(err), lw.got, r.Len())
	// Zero value
	var z strings.Reader
	n, err = z.Read(make([]byte, 3))
	fmt.Println("zero Read:", n, showErr(err), z.Len(), z.Size())
	_, _, err = z.ReadRune()
	fmt.Println("zero ReadRune:", showErr(err), showErr(z.UnreadRune()))
	// io interfaces
	var x any = strings.NewReader("")
	_, ok1 := x.(io.ReaderAt)
	_, ok2 := x.(io.ByteScanner)
	_, ok3 := x.(io.RuneScanner)
	_, ok4 := x.(io.Seeker)
	_, ok5 := x.(io.WriterTo)
	_, ok6 := x.(io.ReadSeeker)
	_, ok7 := x.(io.Writer)
	fmt.Println("interfaces:", ok1, ok2, ok3, ok4, ok5, ok6, ok7)
	data, err := io.ReadAll(strings.NewReader(strings.Repeat("z", 1000)))
	fmt.Println("ReadAll:", len(data), showErr(err))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReader("abc").WriteTo(liar{})
	}()
}

func bytesReader() {
	fmt.Println("== bytes.Reader")
	src := []byte("héllo\xffend")
	r := bytes.NewReader(src)
	fmt.Println("Len", r.Len(), "Size", r.Size())
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune %q %d %s\n", ch, size, showErr(err))
		if err != nil {
			break
		}
	}
	r.Seek(-3, io.SeekEnd)
	fmt.Println("UnreadRune after seek:", showErr(r.UnreadRune()))
	b := make([]byte, 10)
	n, err := r.Read(b)
	fmt.Printf("Read %d %q %s\n", n, b[:n], showErr(err))
	n, err = r.ReadAt(b[:4], 1)
	fmt.Printf("ReadAt %d %q %s\n", n, b[:n], showErr(err))
	n, err = r.ReadAt(b, 6)
	fmt.Printf("ReadAt %d %q %s\n", n, b[:n], showErr(err))
	n, err = r.ReadAt(b, -2)
	fmt.Printf("ReadAt %d %s\n", n, showErr(err))
	n, err = r.ReadAt(b, 99)
	fmt.Printf("ReadAt %d %s\n", n, showErr(err))
	r.Reset([]byte("q"))
	fmt.Println("after Reset:", r.Len(), r.Size())
	fmt.Println("UnreadByte at start:", showErr(r.UnreadByte()))
	fmt.Println("UnreadRune at start:", showErr(r.UnreadRune()))
	r.ReadByte()
	fmt.Println("UnreadRune after ReadByte:", showErr(r.UnreadRune()))
	_, err = r.Seek(0, 7)
	fmt.Println("bad whence:", showErr(err))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println("negative:", showErr(err))
	// WriteTo uses Write, not WriteString, and passes the subslice.
	sw := &strWriter{}
	r = bytes.NewReader([]byte("0123456"))
	r.Seek(2, io.SeekStart)
	m, err := r.WriteTo(sw)
	fmt.Println("WriteTo:", m, showErr(err), sw.calls)
	lw := &limitedWriter{max: 4}
	r.Reset([]byte("abcdefghij"))
	m, err = r.WriteTo(lw)
	fmt.Println("WriteTo short:", m, showErr(err), lw.got, r.Len())
	var buf bytes.Buffer
	m, err = io.Copy(&buf, r)
	fmt.Println("Copy rest:", m, showErr(err), buf.String())
	var z bytes.Reader
	n, err = z.Read(b)
	fmt.Println("zero:", n, showErr(err), z.Len(), z.Size())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bytes.NewReader([]byte("abc")).WriteTo(liar{})
	}()
	sr := io.NewSectionReader(bytes.NewReader([]byte("0123456789")), 2, 5)
	all, err := io.ReadAll(sr)
	fmt.Printf("section: %q %s size=%d\n", all, showErr(err), sr.Size())
}

func main() {
	stringsReader()
	bytesReader()
}
