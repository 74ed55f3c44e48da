package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct {
	data []string
	pos  int
}

func (b *Buf) Read() string {
	if b.pos >= len(b.data) {
		return "<empty>"
	}
	s := b.data[b.pos]
	b.pos++
	return s
}

func (b *Buf) Write(s string) int {
	b.data = append(b.data, s)
	return len(b.data)
}

type RO struct{ s string }

func (r RO) Read() string { return r.s }

func copyAll(dst Writer, src Reader, n int) {
	for i := 0; i < n; i++ {
		dst.Write(src.Read())
	}
}

func main() {
	b := &Buf{}
	var rw ReadWriter = b
	rw.Write("x")
	rw.Write("y")
	var r Reader = rw
	fmt.Println(r.Read())
	var w Writer = rw
	fmt.Println(w.Write("z"))
	copyAll(b, RO{"ro"}, 2)
	for i := 0; i < 6; i++ {
		fmt.Print(rw.Read(), " ")
	}
	fmt.Println()
	var a any = RO{"q"}
	_, isRW := a.(ReadWriter)
	rr, isR := a.(Reader)
	fmt.Println(isRW, isR, rr.Read())
	a = b
	rw2, ok := a.(ReadWriter)
	fmt.Println(ok, rw2.Write("k"))
}
