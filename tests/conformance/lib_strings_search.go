package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println("Contains", strings.Contains(s, "kitch"), strings.Contains(s, "dog"), strings.Contains(s, ""), strings.Contains("", ""))
	fmt.Println("ContainsRune", strings.ContainsRune(s, 'k'), strings.ContainsRune(s, 'z'), strings.ContainsRune("héllo", 'é'), strings.ContainsRune("a\xffb", 0xFFFD))
	fmt.Println("ContainsAny", strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, "xyzk"), strings.ContainsAny(s, ""), strings.ContainsAny("", ""))
	fmt.Println("ContainsAny non-ascii", strings.ContainsAny("grüße", "ßx"), strings.ContainsAny("a\xffb", "\uFFFD"))

	fmt.Println("Index", strings.Index(s, "ken"), strings.Index(s, "chen"), strings.Index(s, "dog"), strings.Index(s, ""), strings.Index("", "a"))
	fmt.Println("Index long", strings.Index("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aaaaaaaaab"), strings.Index(s, s), strings.Index(s, s+"x"))
	fmt.Println("Index non-ascii", strings.Index("日本語日本語", "語"), strings.Index("héllo", "llo"))
	fmt.Println("IndexByte", strings.IndexByte(s, 'k'), strings.IndexByte(s, 'z'), strings.IndexByte("", 'a'))
	fmt.Println("IndexRune", strings.IndexRune(s, 'k'), strings.IndexRune("日本語", '語'), strings.IndexRune("日本語", 'x'))
	fmt.Println("IndexRune special", strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune("abc", -1), strings.IndexRune("abc", 0x110000))
	fmt.Println("IndexAny", strings.IndexAny(s, "tk"), strings.IndexAny(s, "xyz"), strings.IndexAny(s, ""), strings.IndexAny("日本語", "語本"))

	fmt.Println("LastIndex", strings.LastIndex(s, "ken"), strings.LastIndex(s, "chen"), strings.LastIndex(s, "dog"), strings.LastIndex(s, ""), strings.LastIndex("go gopher", "go"))
	fmt.Println("LastIndexByte", strings.LastIndexByte(s, 'k'), strings.LastIndexByte(s, 'z'), strings.LastIndexByte("", 'k'))
	fmt.Println("LastIndexAny", strings.LastIndexAny(s, "ck"), strings.LastIndexAny(s, "xyz"), strings.LastIndexAny(s, ""), strings.LastIndexAny("日本語日", "本"))

	fmt.Println("HasPrefix", strings.HasPrefix(s, "chick"), strings.HasPrefix(s, "kit"), strings.HasPrefix(s, ""), strings.HasPrefix("", "a"))
	fmt.Println("HasSuffix", strings.HasSuffix(s, "chen"), strings.HasSuffix(s, "ken"), strings.HasSuffix(s, ""), strings.HasSuffix("", "a"))

	words := []string{"a", "ab", "abc", "b", "bc", "", "z"}
	for _, w := range words {
		fmt.Printf("[%s] idx=%d last=%d any=%d has=%t\n", w, strings.Index("abcabc", w), strings.LastIndex("abcabc", w), strings.IndexAny("abcabc", w), strings.Contains("abcabc", w))
	}

	text := "the quick brown fox jumps over the lazy dog; the end"
	pos := 0
	for {
		i := strings.Index(text[pos:], "the")
		if i < 0 {
			break
		}
		fmt.Println("found 'the' at", pos+i)
		pos += i + 1
	}
	end := len(text)
	for end > 0 {
		i := strings.LastIndex(text[:end], "o")
		if i < 0 {
			break
		}
		fmt.Print(i, " ")
		end = i
	}
	fmt.Println()
	for _, c := range []byte("aeiouxyz") {
		fmt.Print(string(c), strings.IndexByte(text, c), strings.LastIndexByte(text, c), " ")
	}
	fmt.Println()
	fmt.Println(strings.IndexRune(text, 'q'), strings.IndexAny(text, ";:"), strings.LastIndexAny(text, "aeiou"))
}
