package main

import "fmt"

const hi = "\x80\xff"

var table [len("\xe2\x82")]int

func kind(s string) string {
	switch s {
	case "\xff":
		return "ff"
	case "\xe2\x82":
		return "trunc"
	case "\u00ff":
		return "y-diaeresis"
	case "\xe2\x82\xac":
		return "euro"
	}
	return "other"
}

func main() {
	fmt.Println(len(table), len(hi), hi[0], hi[1])
	fmt.Println("\xff" > "a", "\x80" > "\x7f", "a\xff" < "b", "\xff" > "\xfe", hi > "\x7f\xff")
	x := []byte{0x80}
	fmt.Println(string(x) > "\x7f", string(x) < "\x81", string(x) == hi[:1])
	fmt.Println(kind("\xff"), kind(string([]byte{0xff})), kind(string(rune(0xff))), kind("€"), kind(string([]byte{0xe2, 0x82})))
	b := byte(0xff)
	fmt.Println(len(string(rune(b))), string(rune(b)) == "\xff", string(rune(b)) == "\xc3\xbf")
	s := "\xff"
	s += "\xfe"
	s = s + s
	fmt.Println(len(s), s[3], s == "\xff\xfe\xff\xfe")
	fmt.Println(s[1:3] == "\xfe\xff", hi+hi == "\x80\xff\x80\xff")
	var buf []byte
	buf = append(buf, []byte("\xe2\x82")...)
	buf = append(buf, '\xac')
	fmt.Println(string(buf), len(buf), buf)
	c := copy(buf, "\xff")
	fmt.Println(c, buf)
	r := []rune{0xd800, 0x110000, -1, 'A'}
	str := string(r)
	fmt.Println(len(str), []byte(str)[:3], str[len(str)-1:])
	n := 0
	for range "\xff\xfe\xfd" {
		n++
	}
	fmt.Println(n)
	var last rune
	for i, ch := range "ab\xf0\x9f\x98" {
		last = ch
		n = i
	}
	fmt.Println(n, last)
	m := map[string]string{"\xff": "a", "\u00ff": "b"}
	fmt.Println(len(m), m["\xff"], m[string(rune(255))])
	const esc = "\a\b\f\v\x7f"
	fmt.Println([]byte(esc), `\xff`, len(`\xff`))
}
