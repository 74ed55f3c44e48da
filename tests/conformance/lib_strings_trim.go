package main

import (
	"fmt"
	"strings"
	"unicode"
)

func q(s string) string {
	return "[" + s + "]"
}

func main() {
	fmt.Println("Trim", q(strings.Trim("xxhixx", "x")), q(strings.Trim("  hi  ", " ")), q(strings.Trim("abcba", "ab")), q(strings.Trim("aaa", "a")))
	fmt.Println("Trim empty cutset", q(strings.Trim("  hi  ", "")), q(strings.Trim("", "x")))
	fmt.Println("Trim non-ascii", q(strings.Trim("¡¡¡Hola!!!", "!¡")), q(strings.Trim("ééaéé", "é")))
	fmt.Println("TrimSpace", q(strings.TrimSpace("  \t\n hello world \r\n ")), q(strings.TrimSpace("")), q(strings.TrimSpace(" \t ")))
	fmt.Println("TrimSpace unicode", q(strings.TrimSpace("\u00a0\u2003 x y \u3000\u0085")), q(strings.TrimSpace("\v\fz\v\f")))
	fmt.Println("TrimLeft", q(strings.TrimLeft("xxhixx", "x")), q(strings.TrimLeft("123abc321", "0123456789")), q(strings.TrimLeft("abc", "")))
	fmt.Println("TrimRight", q(strings.TrimRight("xxhixx", "x")), q(strings.TrimRight("123abc321", "0123456789")), q(strings.TrimRight("abc", "")))
	fmt.Println("TrimPrefix", q(strings.TrimPrefix("prefix-body", "prefix-")), q(strings.TrimPrefix("prefix-body", "body")), q(strings.TrimPrefix("aaa", "a")), q(strings.TrimPrefix("x", "")))
	fmt.Println("TrimSuffix", q(strings.TrimSuffix("file.go.go", ".go")), q(strings.TrimSuffix("file.go", ".rs")), q(strings.TrimSuffix("", "")), q(strings.TrimSuffix("go", "go")))
	fmt.Println("TrimLeft vs TrimPrefix", q(strings.TrimLeft("ababX", "ab")), q(strings.TrimPrefix("ababX", "ab")))

	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	fmt.Println("TrimFunc", q(strings.TrimFunc("123abc456", isDigit)), q(strings.TrimFunc("123", isDigit)), q(strings.TrimFunc("", isDigit)))
	fmt.Println("TrimFunc letter", q(strings.TrimFunc("¡¡Hola, señor!!", unicode.IsPunct)), q(strings.TrimFunc("日本語 text 日本", func(r rune) bool { return r > 127 })))
	fmt.Println("TrimLeftFunc", q(strings.TrimLeftFunc("123abc456", isDigit)), q(strings.TrimLeftFunc("  x  ", unicode.IsSpace)))
	fmt.Println("TrimRightFunc", q(strings.TrimRightFunc("123abc456", isDigit)), q(strings.TrimRightFunc("  x  ", unicode.IsSpace)))

	fmt.Println("IndexFunc", strings.IndexFunc("hello, 世界", func(r rune) bool { return r > 127 }), strings.IndexFunc("abc", isDigit), strings.IndexFunc("ab1c2", isDigit), strings.IndexFunc("", isDigit))
	fmt.Println("IndexFunc upper", strings.IndexFunc("hello World", unicode.IsUpper), strings.IndexFunc("ὃλλα Ω", unicode.IsUpper))

	bad := "\xff\xfeabc\xff"
	t1 := strings.Trim(bad, "\xff")
	fmt.Printf("Trim invalid: %x\n", t1)
	t2 := strings.TrimFunc(bad, func(r rune) bool { return r == 0xFFFD })
	fmt.Printf("TrimFunc RuneError: %x\n", t2)
	t3 := strings.TrimLeft(bad, "\uFFFD")
	fmt.Printf("TrimLeft RuneError: %x\n", t3)
	t4 := strings.TrimRight("abc\xff", "\xff")
	fmt.Printf("TrimRight invalid: %x\n", t4)
	fmt.Println("IndexFunc invalid", strings.IndexFunc("ab\xffc", func(r rune) bool { return r == 0xFFFD }))

	inputs := []string{"  a  ", "\tb\n", "c", "", "   "}
	for _, in := range inputs {
		fmt.Printf("%s|%s|%s|%s\n", q(strings.TrimSpace(in)), q(strings.TrimLeft(in, " \t\n")), q(strings.TrimRight(in, " \t\n")), q(strings.Trim(in, " ")))
	}
}
