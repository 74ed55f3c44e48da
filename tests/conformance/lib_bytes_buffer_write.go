package main

import (
	"bytes"
	"fmt"
	"io"
)

func show(tag string, b *bytes.Buffer) {
	fmt.Printf("%-10s len=%3d cap=%4d avail=%4d %.20q\n", tag, b.Len(), b.Cap(), b.Available(), b.String())
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %T %v\n", name, r, r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var zero bytes.Buffer
	show("zero", &zero)
	fmt.Println(zero.Bytes() == nil, len(zero.AvailableBuffer()))
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	var b bytes.Buffer
	n, err := b.WriteString("hi")
	fmt.Println(n, err)
	show("first", &b)
	for _, size := range []int{10, 40, 30, 100, 1, 200, 700} {
		n, _ := b.Write(bytes.Repeat([]byte{'x'}, size))
		show(fmt.Sprint("+", n), &b)
	}

	var r bytes.Buffer
	for _, c := range []rune{'a', 'é', '世', '😀', -1, 0x110000, 0xD800} {
		n, err := r.WriteRune(c)
		fmt.Printf("rune %U -> %d %v len=%d\n", c, n, err, r.Len())
	}
	fmt.Printf("% x\n", r.Bytes())
	fmt.Println(r.WriteByte(0xff), r.Len(), r.Cap())

	var g bytes.Buffer
	g.Grow(10)
	show("grow10", &g)
	g.Grow(100)
	show("grow100", &g)
	g.WriteString("abc")
	g.Grow(300)
	show("grow300", &g)

	big := bytes.NewBuffer(make([]byte, 3, 10))
	show("newbuf", big)
	big.WriteString("12345678")
	show("+8", big)

	// Writing through io.Writer makes the buffer escape, so gc copies s to the heap.
	s := bytes.NewBufferString("hello")
	var w io.Writer = s
	show("newstr", s)
	fmt.Fprint(w, ", world")
	show("+world", s)

	t := bytes.NewBuffer([]byte("truncate me"))
	t.Truncate(8)
	show("trunc8", t)
	t.Truncate(0)
	show("trunc0", t)
	t.WriteString("again")
	show("again", t)
	t.Reset()
	show("reset", t)

	try("truncate-neg", func() { t.WriteString("abc"); t.Truncate(-1) })
	try("truncate-big", func() { t.Truncate(4) })
	try("grow-neg", func() { t.Grow(-5) })
	try("truncate-ok", func() { t.Truncate(2) })
	show("after", t)

	ab := zero.AvailableBuffer()
	fmt.Println(len(ab), cap(ab))
	var h bytes.Buffer
	h.Grow(16)
	ab = h.AvailableBuffer()
	ab = append(ab, "made"...)
	h.Write(ab)
	show("avail", &h)
	fmt.Println(bytes.MinRead)
}
