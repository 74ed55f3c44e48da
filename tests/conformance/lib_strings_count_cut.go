package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println("Count", strings.Count("cheese", "e"), strings.Count("five", "ve"), strings.Count("aaaa", "aa"), strings.Count("abc", "x"))
	fmt.Println("Count empty", strings.Count("five", ""), strings.Count("", ""), strings.Count("héllo", ""), strings.Count("日本語", ""))
	fmt.Println("Count invalid", strings.Count("a\xffb", ""), strings.Count("\xff\xff", "\xff"))
	fmt.Println("Count long", strings.Count(strings.Repeat("ab", 100), "ba"))

	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"a", "a"}, {"", "a"}, {"", ""}, {"abc", "ab"}, {"ab", "abc"}, {"Z", "a"}, {"é", "z"}, {"\xff", "\xfe"}}
	for _, p := range pairs {
		fmt.Printf("Compare(%x, %x) = %d\n", p[0], p[1], strings.Compare(p[0], p[1]))
	}

	cutInputs := []string{"key=value", "key=", "=value", "novalue", "a=b=c", ""}
	for _, in := range cutInputs {
		before, after, found := strings.Cut(in, "=")
		fmt.Printf("Cut(%s) -> [%s] [%s] %t\n", in, before, after, found)
	}
	b, a, f := strings.Cut("日本語", "本")
	fmt.Println("Cut non-ascii", b, a, f)
	b, a, f = strings.Cut("abc", "")
	fmt.Println("Cut empty sep", "["+b+"]", "["+a+"]", f)

	for _, in := range []string{"https://go.dev", "http://go.dev", "go.dev", "https://"} {
		rest, ok := strings.CutPrefix(in, "https://")
		fmt.Printf("CutPrefix(%s) -> [%s] %t\n", in, rest, ok)
	}
	rest, ok := strings.CutPrefix("abc", "")
	fmt.Println("CutPrefix empty", rest, ok)

	for _, in := range []string{"main.go", "main.rs", ".go", "go"} {
		rest, ok := strings.CutSuffix(in, ".go")
		fmt.Printf("CutSuffix(%s) -> [%s] %t\n", in, rest, ok)
	}
	rest, ok = strings.CutSuffix("abc", "")
	fmt.Println("CutSuffix empty", rest, ok)

	fmt.Println("ContainsFunc", strings.ContainsFunc("hello", unicode.IsUpper), strings.ContainsFunc("hEllo", unicode.IsUpper), strings.ContainsFunc("", unicode.IsUpper))
	fmt.Println("ContainsFunc digit", strings.ContainsFunc("abc1", unicode.IsDigit), strings.ContainsFunc("日本語", func(r rune) bool { return r == '本' }))
	fmt.Println("ContainsFunc invalid", strings.ContainsFunc("a\xffb", func(r rune) bool { return r == 0xFFFD }))

	calls := 0
	found := strings.ContainsFunc("abcdef", func(r rune) bool {
		calls++
		return r == 'c'
	})
	fmt.Println("ContainsFunc stops early", found, calls)
	calls = 0
	idx := strings.IndexFunc("xyz", func(r rune) bool {
		calls++
		return false
	})
	fmt.Println("IndexFunc visits all", idx, calls)
}
