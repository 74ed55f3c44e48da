package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{
		"", "hello", "with \"quotes\"", "back\\slash", "tab\there", "nl\nend", "cr\r", "bell\a", "\x00\x01\x1f\x7f",
		"héllo wörld", "日本語", "😀", "\u00a0nbsp", "\u200bzw", "\u2028ls", "\ufeffbom", "a\xffb", "\xc3", "\xed\xa0\x80",
		"'single'", "`back`", "\U0010ffff", "\ufffd",
	}
	for _, s := range strs {
		fmt.Println("Quote", strconv.Quote(s), "ASCII", strconv.QuoteToASCII(s))
	}

	runes := []rune{'a', '\'', '"', '\\', '\n', '\t', 0, 0x7f, 'é', '日', '😀', 0xfffd, 0xd800, 0x110000, -1, 0x2028, 0xa0}
	for _, r := range runes {
		fmt.Println("QuoteRune", strconv.QuoteRune(r))
	}

	unq := []string{
		`"hello"`, `"a\tb"`, `"\u00e9"`, `"\U0001F600"`, `"\x41\101"`, `"\""`, `'a'`, `'\''`, `'日'`, "`raw\\n`", `"\'"`, `'\"'`,
		`hello`, `"unterminated`, `'ab'`, `''`, `"a"b"`, `"\z"`, `"\xZZ"`, `"\400"`, `"\ud800"`, "`a`b`", `"`, `""`, "\"a\nb\"", "\"\xff\"", `'\xff'`,
	}
	for i, s := range unq {
		u, err := strconv.Unquote(s)
		if err != nil {
			fmt.Printf("Unquote %d %x error: %v\n", i, s, err)
		} else {
			fmt.Println("Unquote", i, strconv.Quote(s), "->", strconv.Quote(u), len(u))
		}
	}

	for _, s := range strs {
		back, err := strconv.Unquote(strconv.Quote(s))
		back2, err2 := strconv.Unquote(strconv.QuoteToASCII(s))
		fmt.Print(back == s, err == nil, back2 == s, err2 == nil, " ")
	}
	fmt.Println()

	buf := []byte("q=")
	buf = strconv.AppendQuote(buf, "x\"y")
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "é\n")
	fmt.Println(string(buf))
}
