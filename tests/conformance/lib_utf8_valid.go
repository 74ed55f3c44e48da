package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	strs := []string{
		"",
		"hello",
		"héllo wörld",
		"日本語",
		"😀 emoji",
		"a\xffb",
		"\xc3",
		"\xc3\xa9",
		"\xe2\x82\xac",
		"\xe2\x82",
		"\xed\x9f\xbf",
		"\xed\xa0\x80",
		"\xed\xbf\xbf",
		"\xee\x80\x80",
		"\xc0\xaf",
		"\xe0\x80\xaf",
		"\xf0\x8f\xbf\xbf",
		"\xf4\x8f\xbf\xbf",
		"\xf4\x90\x80\x80",
		"\xf5\x80\x80\x80",
		"\xef\xbf\xbd",
		"0123456789abcdef0123456789abcdef\xff",
		"0123456789abcdef0123456789abcdef",
	}
	for _, s := range strs {
		fmt.Printf("%x ValidString=%t Valid=%t\n", s, utf8.ValidString(s), utf8.Valid([]byte(s)))
	}

	runes := []rune{-1, 0, 0x41, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xfffe, 0x10ffff, 0x110000, 0x7fffffff}
	for _, r := range runes {
		fmt.Printf("ValidRune(%x)=%t RuneLen=%d\n", r, utf8.ValidRune(r), utf8.RuneLen(r))
	}

	surrogateBytes := []byte{0xed, 0xa0, 0x80}
	r, size := utf8.DecodeRune(surrogateBytes)
	fmt.Printf("surrogate decode %x %d\n", r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, 0xdc00)
	fmt.Printf("surrogate encode %x\n", buf[:n])
	s := string(rune(0xd800))
	fmt.Printf("string(surrogate) %x valid=%t\n", s, utf8.ValidString(s))
	s2 := string(rune(0x110000))
	fmt.Printf("string(too big) %x\n", s2)
	s3 := string(rune(-1))
	fmt.Printf("string(negative) %x\n", s3)

	fmt.Println(utf8.RuneError == '\uFFFD', utf8.MaxRune == '\U0010FFFF', utf8.RuneSelf == 0x80, utf8.UTFMax == 4)
	var e rune = utf8.RuneError
	fmt.Println(string(e), utf8.RuneLen(e))
}
