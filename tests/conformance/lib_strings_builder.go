package main

import (
	"fmt"
	"strings"
)

func show(label string, b *strings.Builder) {
	fmt.Printf("%s: len=%d s=[%s]\n", label, b.Len(), b.String())
}

func main() {
	var b strings.Builder
	show("empty", &b)

	n, err := b.WriteString("hello")
	fmt.Println("WriteString", n, err)
	show("after hello", &b)

	err = b.WriteByte(' ')
	fmt.Println("WriteByte", err)
	show("after space", &b)

	n, err = b.WriteRune('w')
	fmt.Println("WriteRune ascii", n, err)
	n, err = b.WriteRune('ö')
	fmt.Println("WriteRune 2-byte", n, err)
	n, err = b.WriteRune('€')
	fmt.Println("WriteRune 3-byte", n, err)
	n, err = b.WriteRune('😀')
	fmt.Println("WriteRune 4-byte", n, err)
	show("after runes", &b)

	n, err = b.WriteRune(-1)
	fmt.Println("WriteRune invalid", n, err)
	n, err = b.WriteRune(0xD800)
	fmt.Println("WriteRune surrogate", n, err)
	fmt.Printf("bytes %x\n", b.String())

	n, err = b.WriteString("!?")
	fmt.Println("WriteString again", n, err)
	fmt.Println("len", b.Len())

	s1 := b.String()
	b.Reset()
	show("after reset", &b)
	fmt.Println("old string kept:", len(s1))

	b.Grow(64)
	show("after grow", &b)

	for i := 0; i < 10; i++ {
		b.WriteString(fmt.Sprint(i))
		b.WriteByte(',')
	}
	show("loop", &b)

	var b2 strings.Builder
	for i := 0; i < 1000; i++ {
		b2.WriteByte(byte('a' + i%26))
	}
	s := b2.String()
	fmt.Println("big len", b2.Len(), len(s), s[:30], s[990:])

	var b3 strings.Builder
	b3.WriteString("")
	b3.WriteString("")
	show("empty writes", &b3)

	// String taken before more writes must stay unchanged.
	var b4 strings.Builder
	b4.WriteString("abc")
	before := b4.String()
	b4.WriteString("def")
	after := b4.String()
	fmt.Println(before, after)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var b5 strings.Builder
	b5.Grow(-1)
	fmt.Println("not reached")
}
