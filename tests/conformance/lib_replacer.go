package main

import (
	"errors"
	"fmt"
	"strings"
)

// recWriter records each call (Write only).
type recWriter struct{ calls []string }

func (w *recWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("W%q", p))
	return len(p), nil
}

// recSWriter records Write and WriteString calls.
type recSWriter struct{ calls []string }

func (w *recSWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("W%q", p))
	return len(p), nil
}

func (w *recSWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, fmt.Sprintf("S%q", s))
	return len(s), nil
}

// failWriter fails on call number failAt (1-based), after writing half.
type failWriter struct {
	n, failAt int
	out       []byte
}

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n == w.failAt {
		h := len(p) / 2
		w.out = append(w.out, p[:h]...)
		return h, errors.New("write failed")
	}
	w.out = append(w.out, p...)
	return len(p), nil
}

type tc struct {
	oldnew []string
	inputs []string
}

func main() {
	cases := []tc{
		{[]string{"a", "1", "b", "2"}, []string{"", "abc", "xyz", "aabbab", "bab"}},
		{[]string{"a", "1", "a", "2"}, []string{"aa", "ba"}},
		{[]string{"a", "xx", "b", "", "c", "c"}, []string{"", "abc", "cab", "zzz", "bbb", "bab"}},
		{[]string{"\xff", "y", "é", "e"}, []string{"\xffé\xc3", "é"}},
		{[]string{"\xff", "YY", "\xc3", "E"}, []string{"\xffé\xc3"}},
		{[]string{"ab", "X"}, []string{"", "ab", "aab", "ababab", "abba", "xyz", "aba"}},
		{[]string{"aa", "X"}, []string{"aaa", "aaaa", "baaab"}},
		{[]string{"ab", ""}, []string{"abab", "cabd"}},
		{[]string{"", "X"}, []string{"", "a", "abc", "é"}},
		{[]string{"", ""}, []string{"", "abc"}},
		{[]string{"a", "A", "", "-"}, []string{"", "a", "abc", "bab", "aaa"}},
		{[]string{"", "-", "a", "A"}, []string{"", "a", "abc", "bab"}},
		{[]string{"a", "1", "aa", "2", "aaa", "3"}, []string{"aaaa", "aaaaa"}},
		{[]string{"aaa", "3", "aa", "2", "a", "1"}, []string{"aaaa", "aaaaa", "baaaab"}},
		{[]string{"abc", "X", "bcd", "Y", "cde", "Z"}, []string{"abcde", "bcde", "abcdef", "xbcdefcde"}},
		{[]string{"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;"}, []string{`<a href="x">Tom & 'Jerry'</a>`}},
		{[]string{"hello", "HI", "hell", "HE", "he", "H", "x", "y"}, []string{"hello hell he h x hellx"}},
		{[]string{"he", "H", "hell", "HE", "hello", "HI"}, []string{"hello hell he"}},
		{[]string{"ab", "1", "ab", "2", "b", "3"}, []string{"abab b"}},
		{[]string{"a", "b", "b", "a"}, []string{"abba"}},
		{[]string{"aaa", "b", "aa", "c"}, []string{"aaaaaaa"}},
		{[]string{}, []string{"unchanged"}},
		{[]string{"longer", "short", "s", "S"}, []string{"longer strings are longest"}},
		{[]string{"世界", "world", "世", "W"}, []string{"你好世界世"}},
		{[]string{"a", "", "", "X"}, []string{"aba", "a"}},
		{[]string{"x", "", "y", "Y"}, []string{"xyxzx"}},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c.oldnew...)
		fmt.Printf("NewReplacer(%q)\n", c.oldnew)
		for _, in := range c.inputs {
			out := r.Replace(in)
			fmt.Printf("  Replace(%q) = %q\n", in, out)
			w := &recWriter{}
			n, err := r.WriteString(w, in)
			fmt.Printf("  WriteString(Write-only) n=%d err=%v calls=%v\n", n, err, w.calls)
			sw := &recSWriter{}
			n, err = r.WriteString(sw, in)
			fmt.Printf("  WriteString(StringWriter) n=%d err=%v calls=%v\n", n, err, sw.calls)
			var sb strings.Builder
			n, err = r.WriteString(&sb, in)
			if sb.String() != out || n != len(out) || err != nil {
				fmt.Println("  MISMATCH", sb.String(), n, err)
			}
		}
	}
	// Reuse of one replacer, and errors from the writer.
	r := strings.NewReplacer("a", "AAA", "bc", "B")
	for k := 1; k <= 5; k++ {
		fw := &failWriter{failAt: k}
		n, err := r.WriteString(fw, "xabcyabc")
		fmt.Printf("fail at %d: n=%d err=%v out=%q\n", k, n, err, fw.out)
	}
	for _, on := range [][]string{{"ab", "X"}, {"a", "X"}, {"a", "XY"}, {"", "-"}} {
		r := strings.NewReplacer(on...)
		for k := 1; k <= 4; k++ {
			fw := &failWriter{failAt: k}
			n, err := r.WriteString(fw, "zabzab")
			fmt.Printf("%q fail at %d: n=%d err=%v out=%q\n", on, k, n, err, fw.out)
		}
	}
	// The argument slice is copied.
	args := []string{"a", "b"}
	r2 := strings.NewReplacer(args...)
	args[1] = "c"
	fmt.Println(r2.Replace("aaa"))
	// Title (deprecated, but still used).
	for _, t := range []string{"", "hello world", "hELLO wORLD", "o'neil is_here x-ray 3rd", "ǆungla ǳ", "héllo\tthere\u00a0nbsp", "ß straße", "a.b,c;d", "\xffabc \xff def"} {
		fmt.Printf("Title(%q) = %q\n", t, strings.Title(t))
	}
	// A larger table: every byte of "0123456789" spelled out, plus overlaps.
	digits := strings.NewReplacer("0", "zero ", "1", "one ", "2", "two ", "3", "three ", "4", "four ", "5", "five ", "6", "six ", "7", "seven ", "8", "eight ", "9", "nine ")
	fmt.Println(digits.Replace("2024-01-09"))
	words := strings.NewReplacer("cat", "dog", "category", "TYPE", "at", "@", "c", "C", "", "_")
	fmt.Println(words.Replace("the category of a cat sat at c"))
	// Zero value.
	var z strings.Replacer
	fmt.Printf("zero: %q\n", z.Replace("abc"))
	// Odd count panics (recovered, then unrecovered).
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a", "b", "c")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.NewReplacer("a")
	}()
	fmt.Println(strings.NewReplacer("a", "b", "c", "d", "e").Replace("x"))
}
