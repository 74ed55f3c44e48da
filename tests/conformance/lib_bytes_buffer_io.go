package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// chunks hands out its data a few bytes per Read call and logs each call.
type chunks struct {
	data  string
	step  int
	calls int
	fail  error
}

func (c *chunks) Read(p []byte) (int, error) {
	c.calls++
	if len(c.data) == 0 {
		if c.fail != nil {
			return 0, c.fail
		}
		return 0, io.EOF
	}
	n := min(c.step, len(c.data), len(p))
	copy(p, c.data[:n])
	c.data = c.data[n:]
	fmt.Printf("  read #%d len(p)=%d -> %d\n", c.calls, len(p), n)
	return n, nil
}

// limited accepts at most max bytes per Write.
type limited struct {
	got []byte
	max int
	err error
}

func (l *limited) Write(p []byte) (int, error) {
	n := min(len(p), l.max)
	l.got = append(l.got, p[:n]...)
	fmt.Printf("  write len(p)=%d -> %d\n", len(p), n)
	return n, l.err
}

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(&chunks{data: "the quick brown fox", step: 7})
	fmt.Println(n, err, b.Len(), b.Cap(), b.String())

	boom := errors.New("boom")
	var e bytes.Buffer
	e.WriteString("pre:")
	n, err = e.ReadFrom(&chunks{data: "abc", step: 2, fail: boom})
	fmt.Println(n, err, err == boom, e.String(), e.Cap())

	big := &chunks{data: string(bytes.Repeat([]byte("0123456789"), 120)), step: 500}
	var g bytes.Buffer
	n, err = g.ReadFrom(big)
	fmt.Println(n, err, g.Len(), g.Cap(), big.calls)

	src := bytes.NewBufferString("hello, writer")
	all := &limited{max: 100}
	m, err := src.WriteTo(all)
	fmt.Println(m, err, string(all.got), src.Len())

	short := &limited{max: 5}
	src = bytes.NewBufferString("partial write")
	m, err = src.WriteTo(short)
	fmt.Println(m, err, err == io.ErrShortWrite, string(short.got), src.String())

	failing := &limited{max: 3, err: boom}
	m, err = src.WriteTo(failing)
	fmt.Println(m, err, src.String())

	var empty bytes.Buffer
	m, err = empty.WriteTo(all)
	fmt.Println(m, err)

	var f bytes.Buffer
	fmt.Fprintf(&f, "%d-%s-%x|", 42, "go", 255)
	fmt.Fprintln(&f, "line", 1)
	fmt.Fprint(&f, 3.5, true)
	fmt.Printf("%q %d\n", f.String(), f.Len())

	data, err := io.ReadAll(bytes.NewBufferString("read all of it"))
	fmt.Printf("%s %v\n", data, err)

	var w io.Writer = &f
	io.WriteString(w, "!end")
	var r io.Reader = &f
	buf := make([]byte, 8)
	for {
		k, err := r.Read(buf)
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%q ", buf[:k])
	}
	fmt.Println()

	var rr io.RuneReader = bytes.NewBufferString("ñu")
	ch, size, err := rr.ReadRune()
	fmt.Println(ch, size, err)
	var bw io.ByteWriter = &f
	bw.WriteByte('Z')
	fmt.Println(f.String(), bytes.ErrTooLarge)
}
