package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(tag string, b []byte) {
	fmt.Printf("%-12s %-22q nil=%-5v len=%2d cap=%2d\n", tag, b, b == nil, len(b), cap(b))
}

func main() {
	inputs := []string{"", "hello", "HELLO", "MiXeD 123", "ÿöü straße", "ǅungla ǆ", "bad\xff\xfeend", "ascii only!"}
	for _, in := range inputs {
		src := []byte(in)
		show("upper", bytes.ToUpper(src))
		show("lower", bytes.ToLower(src))
		show("title", bytes.ToTitle(src))
	}
	show("upper nil", bytes.ToUpper(nil))
	show("lower nil", bytes.ToLower(nil))
	show("Title", bytes.Title([]byte("hello wörld, the_end ǆx go-lang")))
	show("Title nil", bytes.Title(nil))

	orig := []byte("UNCHANGED")
	up := bytes.ToUpper(orig)
	up[0] = 'u'
	fmt.Printf("%s %s\n", orig, up)

	var seen []rune
	rot := func(r rune) rune {
		seen = append(seen, r)
		switch {
		case r == 'x':
			return -1
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == 'é':
			return '世'
		}
		return r
	}
	show("Map", bytes.Map(rot, []byte("hexllo é\xff!")))
	fmt.Printf("%q\n", seen)
	show("Map nil", bytes.Map(rot, nil))
	show("Map grow", bytes.Map(func(r rune) rune { return '😀' }, []byte("abc")))
	show("Map drop", bytes.Map(func(r rune) rune { return -1 }, []byte("abc")))
	show("Map bad", bytes.Map(func(r rune) rune { return r + 0x10FFFF }, []byte("ab")))

	pairs := [][2]string{
		{"Go", "GO"}, {"straße", "STRASSE"}, {"K", "\u212a"}, {"σ", "Σ"}, {"ς", "Σ"},
		{"abc", "abd"}, {"a\xff", "A\xff"}, {"\xff", "\ufffd"}, {"", ""}, {"a", ""},
		{"HELLO wörld", "hello WÖRLD"}, {"ǅ", "ǆ"}, {"ab", "abc"}, {"é", "É"},
	}
	for _, p := range pairs {
		fmt.Printf("EqualFold(%q, %q) = %v\n", p[0], p[1], bytes.EqualFold([]byte(p[0]), []byte(p[1])))
	}

	show("valid", bytes.ToValidUTF8([]byte("ok"), []byte("?")))
	show("invalid", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3c\xe4\xb8"), []byte("\ufffd")))
	show("invalid2", bytes.ToValidUTF8([]byte("\xed\xa0\x80x"), []byte("[bad]")))
	show("drop", bytes.ToValidUTF8([]byte("\xffz\xff"), nil))
	show("nil", bytes.ToValidUTF8(nil, nil))
	show("grow", bytes.ToValidUTF8([]byte("\xff\xffa\xff"), []byte("<replaced>")))

	for _, in := range []string{"", "héllo", "\xff\xc3(", "世界\U0001F600"} {
		r := bytes.Runes([]byte(in))
		fmt.Printf("Runes(%q) = %q len=%d cap=%d nil=%v\n", in, r, len(r), cap(r), r == nil)
	}
	fmt.Println(unicode.IsUpper('A'))
}
