package main

import "fmt"

type Name string

func main() {
	strs := []string{"", "a", "hello", "héllo wörld", "日本語", "tab\there", "nl\n", "quote\"s", "back\\slash", "bell\a\x00\x7f",
		"\u2028", "\U0001F600 smile", "it's", "`tick`"}
	for _, s := range strs {
		fmt.Println(fmt.Sprintf("s=[%s] v=[%v] q=%q +q=%+q x=%x X=%X", s, s, s, s, s, s))
	}
	for _, s := range strs {
		fmt.Println(fmt.Sprintf("[%10s] [%-10s] [%.3s] [%5.1s] [%-5.2s] [%010s] [%.0s]", s, s, s, s, s, s, s))
	}
	for _, s := range strs {
		fmt.Println(fmt.Sprintf("[%12q] [%-12q] [%.3q] [% x] [% X] [%.2x] [%8x] [%-8x] [%08x]", s, s, s, s, s, s, s, s, s))
	}
	// Invalid UTF-8: only quoted or hex (raw bytes would not be valid UTF-8 output).
	bad := []string{"\xff\xfe", "ok\xc3", "a\x80b", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe6\x97"}
	for _, s := range bad {
		fmt.Println(fmt.Sprintf("q=%q +q=%+q x=%x X=%X [% x] [%.2q] [%12q] [%-8x] len=%d", s, s, s, s, s, s, s, s, len(s)))
	}
	fmt.Println(fmt.Sprintf("%q", bad))
	fmt.Println(fmt.Sprintf("[%s] [%q] [%x]", Name("named"), Name("na\"me"), Name("ab")))
	fmt.Println(fmt.Sprintf("%s%s%s", "a", "b", "c"))
	fmt.Println(fmt.Sprintf("%v|%v", "", "x"))
	fmt.Println(fmt.Sprintf("[%5s|%-5s|%5s]", "αβγ", "αβγ", "αβγδεζη"))
	fmt.Println(fmt.Sprintf("[%.2s] [%.4s] [%.1q]", "αβγ", "日本語です", "日本"))
	fmt.Println(fmt.Sprintf("%s", []byte("bytes")))
	fmt.Println(fmt.Sprintf("%q", []byte("by\"tes")))
	fmt.Println(fmt.Sprintf("%x %X % x", []byte("hi!"), []byte{0, 255, 16}, []byte{1, 2, 3}))
	fmt.Println(fmt.Sprintf("%s %q %x", []string{"a", "b"}, []string{"x y", "z\n"}, []string{"ab", "cd"}))
	fmt.Println(fmt.Sprintf("%v %d", []byte("AB"), []byte("AB")))
	fmt.Println(fmt.Sprintf("%s|%10s|%-10s|", "", "", ""))
	built := ""
	for i := 0; i < 5; i++ {
		built = fmt.Sprintf("%s<%d>", built, i)
	}
	fmt.Println(built)
	fmt.Println(fmt.Sprintf("%s and %s", "one", fmt.Sprintf("%q", "two")))
	long := ""
	for i := 0; i < 40; i++ {
		long += "xy"
	}
	fmt.Println(fmt.Sprintf("[%.5s] [%85s] [%q]", long, long, long[:10]))
	fmt.Println(len(fmt.Sprintf("%100s", "z")), len(fmt.Sprintf("%-3s", "abcdef")))
}
