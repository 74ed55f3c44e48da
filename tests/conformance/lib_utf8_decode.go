package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{
		"",
		"a",
		"é!",
		"€uro",
		"😀x",
		"\xff",
		"\xc3",
		"\xc3(",
		"\xe2\x82",
		"\xe2\x82\xac",
		"\xf0\x9f\x98",
		"\xed\xa0\x80",
		"\xc0\x80",
		"\xf4\x90\x80\x80",
		"\x80abc",
	}
	for _, s := range inputs {
		r, size := utf8.DecodeRuneInString(s)
		lr, lsize := utf8.DecodeLastRuneInString(s)
		br, bsize := utf8.DecodeRune([]byte(s))
		blr, blsize := utf8.DecodeLastRune([]byte(s))
		fmt.Printf("%x: first=%x/%d last=%x/%d bytes first=%x/%d last=%x/%d\n", s, r, size, lr, lsize, br, bsize, blr, blsize)
	}

	s := "héllo, 世界!\xffend"
	fmt.Println("forward:")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf(" %d:%x/%d", i, r, size)
		i += size
	}
	fmt.Println()
	fmt.Println("backward:")
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf(" %d:%x/%d", j, r, size)
		j -= size
	}
	fmt.Println()

	counts := []string{"", "abc", "héllo", "日本語", "a\xffb", "\xe2\x82", "😀😀", "\xf0\x9f\x98\x80\x80"}
	for _, c := range counts {
		fmt.Printf("%x count=%d bytes=%d\n", c, utf8.RuneCountInString(c), utf8.RuneCount([]byte(c)))
	}

	fmt.Println("RuneStart")
	for _, b := range []byte("aé€😀") {
		fmt.Printf(" %x:%t", b, utf8.RuneStart(b))
	}
	fmt.Println()
	fmt.Println(utf8.RuneStart(0xff), utf8.RuneStart(0xbf), utf8.RuneStart(0xc0))

	fmt.Println("FullRune")
	partials := []string{"", "a", "\xc3", "\xc3\xa9", "\xe2", "\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x98", "\xf0\x9f\x98\x80", "\xff", "\xc3a", "\xed\xa0"}
	for _, p := range partials {
		fmt.Printf(" %x:%t", p, utf8.FullRune([]byte(p)))
	}
	fmt.Println()
}
