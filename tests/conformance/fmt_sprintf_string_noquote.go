package main

import "fmt"

type Name string

func main() {
	strs := []string{"", "a", "hello", "héllo wörld", "日本語", "tab\there", "nl\n", "quote\"s", "back\\slash", "bell\a\x00\x7f",
		"\u2028", "\U0001F600 smile", "it's", "`tick`"}
	for _, s := range strs {
		_ = s
	}
	for _, s := range strs {
		fmt.Println(fmt.Sprintf("[%10s] [%-10s] [%.3s] [%5.1s] [%-5.2s] [%010s] [%.0s]", s, s, s, s, s, s, s))
	}
	for _, s := range strs {
		_ = s
	}
	// Invalid UTF-8: only quoted or hex (raw bytes would not be valid UTF-8 output).
	bad := []string{"\xff\xfe", "ok\xc3", "a\x80b", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe6\x97"}
	for _, s := range bad {
		_ = s
	}
	fmt.Println(fmt.Sprintf("%s%s%s", "a", "b", "c"))
	fmt.Println(fmt.Sprintf("%v|%v", "", "x"))
	fmt.Println(fmt.Sprintf("[%5s|%-5s|%5s]", "αβγ", "αβγ", "αβγδεζη"))
	fmt.Println(fmt.Sprintf("%s", []byte("bytes")))
	fmt.Println(fmt.Sprintf("%x %X % x", []byte("hi!"), []byte{0, 255, 16}, []byte{1, 2, 3}))
	fmt.Println(fmt.Sprintf("%v %d", []byte("AB"), []byte("AB")))
	fmt.Println(fmt.Sprintf("%s|%10s|%-10s|", "", "", ""))
	built := ""
	for i := 0; i < 5; i++ {
		built = fmt.Sprintf("%s<%d>", built, i)
	}
	fmt.Println(built)
	long := ""
	for i := 0; i < 40; i++ {
		long += "xy"
	}
	fmt.Println(len(fmt.Sprintf("%100s", "z")), len(fmt.Sprintf("%-3s", "abcdef")))
}
