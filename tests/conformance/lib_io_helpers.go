package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

var errBoom = errors.New("boom")

// chunkReader returns its chunks one per Read (cut to len(p)); with the last chunk it
// returns final (data and error together when eofWithData).
type chunkReader struct {
	name        string
	chunks      []string
	final       error
	eofWithData bool
	log         *[]string
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.log != nil {
		*r.log = append(*r.log, fmt.Sprintf("%s.Read(%d)", r.name, len(p)))
	}
	if len(r.chunks) == 0 {
		return 0, r.final
	}
	c := r.chunks[0]
	n := copy(p, c)
	if n < len(c) {
		r.chunks[0] = c[n:]
	} else {
		r.chunks = r.chunks[1:]
	}
	if len(r.chunks) == 0 && r.eofWithData {
		return n, r.final
	}
	return n, nil
}

// logWriter records its writes; it accepts at most max bytes per call (0: all) and
// fails with err from call failAt on.
type logWriter struct {
	name   string
	max    int
	failAt int
	calls  int
	data   []byte
	log    *[]string
	err    error
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls++
	if w.log != nil {
		*w.log = append(*w.log, fmt.Sprintf("%s.Write(%q)", w.name, p))
	}
	n := len(p)
	if w.max > 0 && n > w.max {
		n = w.max
	}
	w.data = append(w.data, p[:n]...)
	if w.failAt > 0 && w.calls >= w.failAt {
		return n, w.err
	}
	return n, nil
}

type badCountWriter struct{ n int }

func (w badCountWriter) Write(p []byte) (int, error) { return w.n, nil }

type zeroReader struct{ calls int }

func (z *zeroReader) Read(p []byte) (int, error) {
	z.calls++
	if z.calls > 5 {
		return 0, io.EOF
	}
	return 0, nil
}

func e(err error) string {
	switch err {
	case nil:
		return "nil"
	case io.EOF:
		return "EOF"
	case io.ErrUnexpectedEOF:
		return "ErrUnexpectedEOF"
	case io.ErrShortBuffer:
		return "ErrShortBuffer"
	case io.ErrShortWrite:
		return "ErrShortWrite"
	}
	return "error(" + err.Error() + ")"
}

func readers() {
	fmt.Println("== ReadAtLeast / ReadFull")
	type rc struct {
		chunks []string
		final  error
		with   bool
		buf    int
		min    int
	}
	cases := []rc{
		{[]string{"abc", "def"}, io.EOF, false, 6, 6},
		{[]string{"abc", "def"}, io.EOF, true, 6, 6},
		{[]string{"abc", "de"}, io.EOF, false, 6, 6},
		{[]string{"abc", "de"}, io.EOF, true, 6, 6},
		{[]string{}, io.EOF, false, 4, 4},
		{[]string{"ab"}, errBoom, true, 4, 4},
		{[]string{"ab"}, errBoom, true, 4, 2},
		{[]string{"ab"}, errBoom, false, 4, 2},
		{[]string{"abcdef"}, io.EOF, false, 3, 5},
		{[]string{"a", "b", "c"}, io.EOF, false, 5, 2},
		{[]string{"abc"}, io.EOF, false, 0, 0},
		{[]string{}, errBoom, false, 0, 0},
		{[]string{"abcd"}, io.EOF, true, 4, 1},
	}
	for i, c := range cases {
		var log []string
		r := &chunkReader{name: "r", chunks: append([]string(nil), c.chunks...), final: c.final, eofWithData: c.with, log: &log}
		buf := make([]byte, c.buf)
		n, err := io.ReadAtLeast(r, buf, c.min)
		fmt.Printf("%d ReadAtLeast(buf=%d,min=%d) n=%d %q %s %v\n", i, c.buf, c.min, n, buf[:n], e(err), log)
	}
	buf := make([]byte, 5)
	n, err := io.ReadFull(strings.NewReader("hello world"), buf)
	fmt.Printf("ReadFull %d %q %s\n", n, buf[:n], e(err))
	n, err = io.ReadFull(strings.NewReader("hi"), buf)
	fmt.Printf("ReadFull %d %q %s\n", n, buf[:n], e(err))
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Printf("ReadFull %d %s\n", n, e(err))

	fmt.Println("== LimitReader")
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	for i := 0; i < 4; i++ {
		n, err := lr.Read(buf[:3])
		fmt.Printf("Read %d %q %s N=%d\n", n, buf[:n], e(err), lr.(*io.LimitedReader).N)
	}
	l2 := &io.LimitedReader{R: strings.NewReader("abc"), N: -3}
	n, err = l2.Read(buf)
	fmt.Println("negative N:", n, e(err))
	l3 := &io.LimitedReader{R: strings.NewReader("abc"), N: 10}
	data, err := io.ReadAll(l3)
	fmt.Printf("ReadAll limited: %q %s N=%d\n", data, e(err), l3.N)

	fmt.Println("== MultiReader")
	var log []string
	mr := io.MultiReader(
		&chunkReader{name: "a", chunks: []string{"ab", "c"}, final: io.EOF, eofWithData: true, log: &log},
		&chunkReader{name: "b", chunks: nil, final: io.EOF, log: &log},
		&chunkReader{name: "c", chunks: []string{"def"}, final: io.EOF, log: &log},
	)
	for i := 0; i < 6; i++ {
		n, err := mr.Read(buf[:2])
		fmt.Printf("Read %d %q %s\n", n, buf[:n], e(err))
	}
	fmt.Println(log)
	log = nil
	mr = io.MultiReader(strings.NewReader("x"), &chunkReader{name: "bad", chunks: []string{"yz"}, final: errBoom, eofWithData: true, log: &log}, strings.NewReader("never"))
	for i := 0; i < 4; i++ {
		n, err := mr.Read(buf)
		fmt.Printf("Read %d %q %s\n", n, buf[:n], e(err))
	}
	fmt.Println(log)
	nested := io.MultiReader(io.MultiReader(strings.NewReader("in1"), strings.NewReader("in2")), strings.NewReader("out"))
	data, err = io.ReadAll(nested)
	fmt.Printf("nested %q %s\n", data, e(err))
	data, err = io.ReadAll(io.MultiReader())
	fmt.Printf("empty %q %s\n", data, e(err))
	// WriteTo of a multiReader (through Copy) and its resume after an error
	log = nil
	w := &logWriter{name: "w", log: &log}
	mr = io.MultiReader(strings.NewReader("one,"), &chunkReader{name: "r", chunks: []string{"two,", "three,"}, final: io.EOF, log: &log}, bytes.NewReader([]byte("four")))
	m, err := io.Copy(w, mr)
	fmt.Printf("Copy(multi) %d %s %q\n", m, e(err), w.data)
	fmt.Println(log)
	log = nil
	w = &logWriter{name: "w", log: &log, failAt: 2, err: errBoom}
	mr = io.MultiReader(strings.NewReader("A"), strings.NewReader("B"), strings.NewReader("C"))
	m, err = io.Copy(w, mr)
	fmt.Printf("Copy(multi, failing) %d %s\n", m, e(err))
	w.failAt = 0
	m, err = io.Copy(w, mr)
	fmt.Printf("Copy again %d %s %q\n", m, e(err), w.data)
	fmt.Println(log)

	fmt.Println("== TeeReader")
	var sb strings.Builder
	tr := io.TeeReader(strings.NewReader("teeing"), &sb)
	data, err = io.ReadAll(tr)
	fmt.Printf("%q %s %q\n", data, e(err), sb.String())
	fw := &logWriter{name: "f", max: 2, failAt: 1, err: errBoom}
	tr = io.TeeReader(strings.NewReader("teeing"), fw)
	n, err = tr.Read(buf)
	fmt.Printf("tee failing %d %s %q\n", n, e(err), fw.data)
	tr = io.TeeReader(&chunkReader{name: "x", chunks: []string{"ab"}, final: errBoom, eofWithData: true}, &sb)
	n, err = tr.Read(buf)
	fmt.Printf("tee data+err %d %s %q\n", n, e(err), sb.String())

	fmt.Println("== SectionReader")
	base := strings.NewReader("0123456789")
	sr := io.NewSectionReader(base, 3, 4)
	fmt.Println("Size", sr.Size())
	for i := 0; i < 3; i++ {
		n, err := sr.Read(buf[:3])
		fmt.Printf("Read %d %q %s\n", n, buf[:n], e(err))
	}
	for _, sk := range [][2]int64{{0, 0}, {2, 0}, {1, 1}, {-1, 2}, {-1, 0}, {10, 0}, {0, 5}} {
		pos, err := sr.Seek(sk[0], int(sk[1]))
		fmt.Printf("Seek(%d,%d) = %d %s\n", sk[0], sk[1], pos, e(err))
	}
	n, err = sr.Read(buf)
	fmt.Printf("Read past %d %s\n", n, e(err))
	for _, off := range []int64{-1, 0, 2, 3, 4, 100} {
		n, err := sr.ReadAt(buf[:3], off)
		fmt.Printf("ReadAt(3,%d) %d %q %s\n", off, n, buf[:n], e(err))
	}
	r0, off0, n0 := sr.Outer()
	fmt.Println("Outer", r0 == io.ReaderAt(base), off0, n0)
	big := io.NewSectionReader(base, 8, 1<<62)
	data, err = io.ReadAll(big)
	fmt.Printf("big %q %s\n", data, e(err))
	huge := io.NewSectionReader(base, 5, 1<<63-1)
	fmt.Println("huge size", huge.Size())
	_, _, hn := huge.Outer()
	fmt.Println("huge n", hn)

	fmt.Println("== NopCloser")
	nc := io.NopCloser(strings.NewReader("x"))
	_, isWT := nc.(io.WriterTo)
	fmt.Println("Close", nc.Close(), "WriterTo", isWT)
	nc = io.NopCloser(&chunkReader{name: "q"})
	_, isWT = nc.(io.WriterTo)
	fmt.Println("Close", nc.Close(), "WriterTo", isWT)
	var sb2 strings.Builder
	m, err = io.Copy(&sb2, io.NopCloser(strings.NewReader("via nop")))
	fmt.Println(m, e(err), sb2.String())
}

func writers() {
	fmt.Println("== Copy")
	var log []string
	w := &logWriter{name: "w", log: &log}
	r := &chunkReader{name: "r", chunks: []string{"abc", "", "defg"}, final: io.EOF, eofWithData: true, log: &log}
	m, err := io.Copy(w, r)
	fmt.Println(m, e(err), string(w.data), log)
	log = nil
	w = &logWriter{name: "w", log: &log, max: 2}
	r = &chunkReader{name: "r", chunks: []string{"abc", "def"}, final: io.EOF, log: &log}
	m, err = io.Copy(w, r)
	fmt.Println("short:", m, e(err), string(w.data), log)
	log = nil
	w = &logWriter{name: "w", log: &log, failAt: 2, err: errBoom}
	r = &chunkReader{name: "r", chunks: []string{"abc", "def", "ghi"}, final: io.EOF, log: &log}
	m, err = io.Copy(w, r)
	fmt.Println("failing writer:", m, e(err), string(w.data), log)
	log = nil
	w = &logWriter{name: "w", log: &log}
	r = &chunkReader{name: "r", chunks: []string{"abc"}, final: errBoom, eofWithData: true, log: &log}
	m, err = io.Copy(w, r)
	fmt.Println("failing reader:", m, e(err), string(w.data), log)
	for _, bn := range []int{-1, 5} {
		r = &chunkReader{name: "r", chunks: []string{"abc"}, final: io.EOF}
		m, err = io.Copy(badCountWriter{bn}, r)
		fmt.Println("bad count", bn, ":", m, e(err))
	}
	// Copy into a bytes.Buffer uses its ReadFrom (512-byte minimum reads).
	log = nil
	var bb bytes.Buffer
	m, err = io.Copy(&bb, &chunkReader{name: "r", chunks: []string{"xyz", "w"}, final: io.EOF, log: &log})
	fmt.Println("to Buffer:", m, e(err), bb.String(), log)
	// Copy from a strings.Reader uses its WriteTo.
	log = nil
	w = &logWriter{name: "w", log: &log}
	m, err = io.Copy(w, strings.NewReader("whole"))
	fmt.Println("from strings.Reader:", m, e(err), log)

	fmt.Println("== CopyBuffer")
	log = nil
	w = &logWriter{name: "w", log: &log}
	r = &chunkReader{name: "r", chunks: []string{"abcdefgh"}, final: io.EOF, log: &log}
	m, err = io.CopyBuffer(w, r, make([]byte, 3))
	fmt.Println(m, e(err), log)
	log = nil
	r = &chunkReader{name: "r", chunks: []string{"ab"}, final: io.EOF, log: &log}
	m, err = io.CopyBuffer(&logWriter{name: "w", log: &log}, r, nil)
	fmt.Println(m, e(err), log)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(w, r, []byte{})
	}()

	fmt.Println("== CopyN")
	for _, n := range []int64{0, 3, 7, 10, -1} {
		log = nil
		w = &logWriter{name: "w", log: &log}
		r = &chunkReader{name: "r", chunks: []string{"abcd", "efg"}, final: io.EOF, log: &log}
		m, err = io.CopyN(w, r, n)
		fmt.Println("CopyN", n, ":", m, e(err), string(w.data), log)
	}
	w = &logWriter{name: "w", failAt: 1, err: errBoom, max: 1}
	m, err = io.CopyN(w, strings.NewReader("abcdef"), 4)
	fmt.Println("CopyN failing:", m, e(err))
	var sb strings.Builder
	m, err = io.CopyN(&sb, strings.NewReader("abcdef"), 4)
	fmt.Println("CopyN strings:", m, e(err), sb.String())

	fmt.Println("== MultiWriter")
	log = nil
	w1 := &logWriter{name: "w1", log: &log}
	w2 := &logWriter{name: "w2", log: &log}
	var sb3 strings.Builder
	mw := io.MultiWriter(w1, io.MultiWriter(w2, &sb3))
	n, err := mw.Write([]byte("hello"))
	fmt.Println(n, e(err), log, sb3.String())
	log = nil
	n, err = io.WriteString(mw, "str")
	fmt.Println(n, e(err), log, sb3.String())
	log = nil
	w3 := &logWriter{name: "w3", log: &log, max: 2}
	mw = io.MultiWriter(w1, w3, w2)
	n, err = mw.Write([]byte("abc"))
	fmt.Println("short:", n, e(err), log)
	log = nil
	w4 := &logWriter{name: "w4", log: &log, failAt: 1, err: errBoom}
	mw = io.MultiWriter(w1, w4, w2)
	n, err = io.WriteString(mw, "xyz")
	fmt.Println("failing:", n, e(err), log)
	n, err = io.MultiWriter().Write([]byte("none"))
	fmt.Println("empty:", n, e(err))

	fmt.Println("== Discard")
	n, err = io.Discard.Write([]byte("abc"))
	fmt.Println(n, e(err))
	n, err = io.WriteString(io.Discard, "abcd")
	fmt.Println(n, e(err))
	log = nil
	m, err = io.Copy(io.Discard, &chunkReader{name: "r", chunks: []string{"abc", "de"}, final: io.EOF, log: &log})
	fmt.Println(m, e(err), log)
	m, err = io.Copy(io.Discard, &chunkReader{name: "r", chunks: []string{"abc"}, final: errBoom})
	fmt.Println(m, e(err))
	_, isRF := io.Discard.(io.ReaderFrom)
	fmt.Println("ReaderFrom:", isRF)
	z := &zeroReader{}
	m, err = io.Copy(io.Discard, z)
	fmt.Println("zero reads:", m, e(err), z.calls)
}

type memAt struct{ b []byte }

func (m *memAt) WriteAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative")
	}
	for int64(len(m.b)) < off+int64(len(p)) {
		m.b = append(m.b, '.')
	}
	return copy(m.b[off:], p), nil
}

func offsetWriter() {
	fmt.Println("== OffsetWriter")
	m := &memAt{}
	ow := io.NewOffsetWriter(m, 2)
	ow.Write([]byte("ab"))
	ow.Write([]byte("cd"))
	fmt.Printf("%q\n", m.b)
	n, err := ow.WriteAt([]byte("Z"), 1)
	fmt.Printf("%d %s %q\n", n, e(err), m.b)
	n, err = ow.WriteAt([]byte("Z"), -1)
	fmt.Println(n, e(err))
	for _, sk := range [][2]int64{{0, 0}, {1, 1}, {-1, 0}, {0, 2}, {3, 1}} {
		pos, err := ow.Seek(sk[0], int(sk[1]))
		fmt.Printf("Seek(%d,%d) = %d %s\n", sk[0], sk[1], pos, e(err))
	}
	ow.Write([]byte("!"))
	fmt.Printf("%q\n", m.b)
	var x any = ow
	_, ok := x.(io.WriteSeeker)
	_, ok2 := x.(io.WriterAt)
	fmt.Println(ok, ok2, io.SeekStart, io.SeekCurrent, io.SeekEnd)
}

func main() {
	readers()
	writers()
	offsetWriter()
}
