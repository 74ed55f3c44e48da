package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println("consts", utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Printf("consts hex %x %x %x\n", utf8.RuneError, utf8.RuneSelf, utf8.MaxRune)

	runes := []rune{0, 'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '€', 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, '😀', 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%x RuneLen=%d Encode n=%d bytes=%x valid=%t\n", r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}

	var out []byte
	for _, r := range []rune{'G', 'ö', '語', '𝄞', 0xd800, -5} {
		out = utf8.AppendRune(out, r)
		fmt.Printf("AppendRune %x -> len %d %x\n", r, len(out), out)
	}
	fmt.Println("decoded:", string(out[:10]))

	prefix := []byte("x:")
	res := utf8.AppendRune(prefix, 'ñ')
	fmt.Printf("append to prefix %x %s\n", res, string(res))

	big := make([]byte, 8)
	n := utf8.EncodeRune(big, '€')
	fmt.Println("big buffer", n, big)

	defer func() {
		fmt.Println("recovered:", recover() != nil)
	}()
	small := make([]byte, 1)
	n = utf8.EncodeRune(small, 'a')
	fmt.Println("small ascii", n, small)
	fmt.Println("encoding a 3-byte rune into 1 byte panics next")
	n = utf8.EncodeRune(small, '€')
	fmt.Println("not reached", n)
}
