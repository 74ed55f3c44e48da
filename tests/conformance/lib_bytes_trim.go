package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(tag string, b []byte) {
	fmt.Printf("%-14s %-14q nil=%-5v len=%d cap=%d\n", tag, b, b == nil, len(b), cap(b))
}

func main() {
	base := make([]byte, 0, 40)
	s := append(base, "xxhello worldyx"...)
	show("Trim", bytes.Trim(s, "xy"))
	show("TrimLeft", bytes.TrimLeft(s, "xy"))
	show("TrimRight", bytes.TrimRight(s, "xy"))
	show("Trim one", bytes.Trim(s, "x"))
	show("Trim none", bytes.Trim(s, ""))
	show("Trim all", bytes.Trim([]byte("xyxy"), "xy"))
	show("TrimLeft all", bytes.TrimLeft([]byte("xyxy"), "yx"))
	show("TrimRight all", bytes.TrimRight([]byte("xyxy"), "yx"))
	show("Trim empty", bytes.Trim([]byte{}, "x"))
	show("Trim nil", bytes.Trim(nil, ""))
	show("TrimLeft emp", bytes.TrimLeft([]byte{}, ""))
	show("TrimRight emp", bytes.TrimRight([]byte{}, "x"))
	show("TrimRight nil", bytes.TrimRight(nil, "x"))
	show("Trim unicode", bytes.Trim([]byte("éàmidé\xff"), "é\xffà"))
	show("Trim fffd", bytes.Trim([]byte("\xffmid\xef\xbf\xbd"), "\ufffd"))
	show("Trim bad set", bytes.Trim([]byte("\xfe\xffmid\xc3"), "\x80"))
	show("Trim ascii set", bytes.Trim([]byte("\xffab\xff"), "ab"))

	show("TrimSpace", bytes.TrimSpace(s[:0:0]))
	show("TrimSpace 1", bytes.TrimSpace([]byte("  \t mid dle \n ")))
	show("TrimSpace 2", bytes.TrimSpace([]byte(" \u00a0 x\u2003")))
	show("TrimSpace 3", bytes.TrimSpace([]byte(" \u00a0\u3000 ")))
	show("TrimSpace 4", bytes.TrimSpace([]byte("   ")))
	show("TrimSpace 5", bytes.TrimSpace([]byte("a \u0085")))
	show("TrimSpace 6", bytes.TrimSpace([]byte("\xff  ")))

	var order []rune
	digit := func(r rune) bool {
		order = append(order, r)
		return unicode.IsDigit(r)
	}
	show("TrimFunc", bytes.TrimFunc([]byte("12ab3c45"), digit))
	fmt.Printf("%q\n", order)
	order = nil
	show("TrimLeftFunc", bytes.TrimLeftFunc([]byte("007é"), digit))
	show("TrimRightFunc", bytes.TrimRightFunc([]byte("é\xff99"), digit))
	fmt.Printf("%q\n", order)
	show("TrimFunc all", bytes.TrimFunc([]byte("2024"), unicode.IsDigit))
	show("TrimLF all", bytes.TrimLeftFunc([]byte("99"), unicode.IsDigit))
	show("TrimRF all", bytes.TrimRightFunc([]byte("99"), unicode.IsDigit))
	show("TrimRF empty", bytes.TrimRightFunc([]byte{}, unicode.IsDigit))
	show("TrimLF nil", bytes.TrimLeftFunc(nil, unicode.IsDigit))
	show("TrimRF mb", bytes.TrimRightFunc([]byte("a世1"), unicode.IsDigit))

	p := []byte("prefix-body-suffix")
	show("TrimPrefix", bytes.TrimPrefix(p, []byte("prefix-")))
	show("TrimPrefix no", bytes.TrimPrefix(p, []byte("body")))
	show("TrimSuffix", bytes.TrimSuffix(p, []byte("-suffix")))
	show("TrimSuffix no", bytes.TrimSuffix(p, []byte("x")))
	show("TrimPrefix nil", bytes.TrimPrefix(nil, nil))
	show("TrimSuffix all", bytes.TrimSuffix([]byte("ab"), []byte("ab")))

	t := bytes.Trim(s, "x")
	t[0] = 'H'
	fmt.Printf("%s\n", s)
}
