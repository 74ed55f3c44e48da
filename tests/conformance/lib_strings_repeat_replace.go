package main

import (
	"fmt"
	"strings"
)

func tryRepeat(s string, n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Repeat panic:", r)
		}
	}()
	out := strings.Repeat(s, n)
	fmt.Printf("Repeat(%s, %d) = [%s] len=%d\n", s, n, out, len(out))
}

func main() {
	tryRepeat("ab", 3)
	tryRepeat("ab", 0)
	tryRepeat("", 5)
	tryRepeat("é", 4)
	tryRepeat("x", 1)
	tryRepeat("ab", -1)
	tryRepeat("", -2)
	fmt.Println("long", len(strings.Repeat("abc", 1000)))

	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.Replace(s, "oink", "moo", 0))
	fmt.Println(strings.Replace(s, "oink", "", -1))
	fmt.Println(strings.Replace(s, "dog", "cat", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.Replace("héllo", "", "|", -1))
	fmt.Println(strings.Replace("", "", "X", -1))
	fmt.Println(strings.Replace("aaaa", "aa", "b", -1))
	fmt.Println(strings.Replace("aaa", "a", "aa", -1))

	fmt.Println(strings.ReplaceAll(s, "o", "0"))
	fmt.Println(strings.ReplaceAll("a.b.c", ".", "::"))
	fmt.Println(strings.ReplaceAll("日本語日本", "日本", "X"))
	fmt.Println("[" + strings.ReplaceAll("xxx", "x", "") + "]")
	fmt.Println(strings.ReplaceAll("ab", "", "."))

	r := strings.ReplaceAll("a\xffb\xff", "\xff", "?")
	fmt.Println(r)
	r2 := strings.ReplaceAll("a\xffb", "", "-")
	fmt.Printf("%x %d\n", r2, len(r2))

	for n := -1; n <= 4; n++ {
		fmt.Printf("n=%d %s\n", n, strings.Replace("1-2-3-4", "-", "+", n))
	}
}
