package main

import (
	"bytes"
	"errors"
	"fmt"
)

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

type liar struct{}

func (liar) Write(p []byte) (int, error) { return len(p) + 1, nil }

func attempt(tag string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Printf("%-12s %T %v tooLarge=%v\n", tag, r, r, isErr && errors.Is(err, bytes.ErrTooLarge))
	}()
	f()
}

func main() {
	attempt("grow huge", func() {
		var b bytes.Buffer
		b.WriteString("seed")
		b.Grow(1 << 62)
	})
	attempt("grow max", func() {
		var b bytes.Buffer
		b.Write(make([]byte, 100))
		b.Grow(int(^uint(0) >> 1))
	})
	attempt("grow neg", func() {
		var b bytes.Buffer
		b.Grow(-1)
	})
	attempt("negative read", func() {
		var b bytes.Buffer
		b.ReadFrom(negReader{})
	})
	attempt("liar", func() {
		b := bytes.NewBufferString("abc")
		b.WriteTo(liar{})
	})
	attempt("nil buffer", func() {
		var b *bytes.Buffer
		fmt.Println(b.String())
		fmt.Println(b.Len())
	})
	attempt("truncate", func() {
		var b bytes.Buffer
		b.Truncate(0)
		fmt.Println("truncate 0 on empty is fine")
		b.Truncate(1)
	})
	attempt("join", func() {
		fmt.Println(string(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-"))))
		var parts [][]byte
		fmt.Println(bytes.Join(parts, nil) != nil)
		panic(errors.New("plain"))
	})
	attempt("no panic", func() {})

	var b bytes.Buffer
	b.WriteString("before the end")
	fmt.Println(b.String())
	b.Truncate(100)
	fmt.Println("unreachable")
}
