package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	fmt.Println(s[1], s[2], string(s[1]), s[1:3], s[7:])
	for i, r := range s {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	bad := "a\xffb\xe4\xb8c\xe4\xb8\x96" // invalid byte, truncated sequence, then a valid 世
	for i, r := range bad {
		fmt.Printf("%d:%q ", i, r)
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s), []rune(bad))
	fmt.Printf("%q %+q %x % x\n", bad, "世", "世", bad)

	b := []byte(s)
	b[0] = 'H'
	fmt.Println(s, string(b)) // converting copies
	r := []rune(s)
	r[1] = 'e'
	r[7] = '地'
	fmt.Println(string(r), string(r[7:]))

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	var n byte = 'z'
	fmt.Println(n, string(n), 'a'+1, string('a'+1), "x"+string(rune('0'+7)))

	fmt.Println("abc" < "abd", "Z" < "a", "" < "a", "é" > "z", strings.Compare("b", "a"))
	raw := `raw\n "string"
second line`
	fmt.Println(raw, len(raw))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('ü')
	}
	fmt.Println(sb.String(), sb.Len())

	fields := strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' })
	fmt.Println(fields, strings.Split("a,b,,c", ","), strings.SplitN("a=b=c", "=", 2))
	fmt.Println(strings.ToUpper("straße"), strings.Repeat("ab", 3), strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	fmt.Println(strings.Index("chicken", "ken"), strings.IndexRune("chicken", 'k'), strings.IndexByte(s, ','),
		strings.LastIndex("go gopher", "go"), strings.Index(s, "世"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Fields("  a \t b\n"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.Count("five", ""))

	rev := func(s string) string {
		rs := []rune(s)
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
		return string(rs)
	}
	fmt.Println(rev(s), rev(""), rev("a"))

	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	first, size := utf8.DecodeRune(buf)
	last, lsize := utf8.DecodeLastRuneInString("ab\xff")
	fmt.Println(buf, string(first), size, last == utf8.RuneError, lsize, utf8.RuneLen('é'))
	println("stderr gets the string too:", s)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	i := len(s)
	fmt.Println(s[i])
}
