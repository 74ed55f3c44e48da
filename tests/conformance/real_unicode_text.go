// Unicode-aware string utilities: rune counting, reversing, title case
// without strings.Title, ROT13 via strings.Map and character classes.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func titleCase(s string) string {
	var out []rune
	prevLetter := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !prevLetter {
				out = append(out, unicode.ToTitle(r))
			} else {
				out = append(out, unicode.ToLower(r))
			}
			prevLetter = true
		} else {
			out = append(out, r)
			prevLetter = r == '\''
		}
	}
	return string(out)
}

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

type stats struct {
	upper, lower, digit, space, punct, other int
}

func classify(s string) stats {
	var st stats
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			st.upper++
		case unicode.IsLower(r):
			st.lower++
		case unicode.IsDigit(r):
			st.digit++
		case unicode.IsSpace(r):
			st.space++
		case unicode.IsPunct(r):
			st.punct++
		default:
			st.other++
		}
	}
	return st
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			clean = append(clean, unicode.ToLower(r))
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	samples := []string{"hello, world", "Grüße aus Köln", "日本語テキスト", "naïve café", "ΑΒΓ δεζ", "emoji 🎉🐹!", ""}
	for _, s := range samples {
		fmt.Printf("%-22q bytes=%2d runes=%2d valid=%t\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
		fmt.Printf("  rev=%q title=%q upper=%q\n", reverseRunes(s), titleCase(s), strings.ToUpper(s))
		fmt.Printf("  stats=%+v\n", classify(s))
	}
	bad := reverseBytes("héllo")
	fmt.Printf("byte-reversed: %q valid=%t runes=%d\n", bad, utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()

	fmt.Println(strings.Map(rot13, "Hello, Gopher!"), strings.Map(rot13, strings.Map(rot13, "Round Trip")))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	fmt.Println(titleCase("it's a DOG'S life o'neill"), titleCase("ünïcode wörds-here"))

	s := "añb€c𝄞"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("[%d %c %d %#x]", i, r, size, r)
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size, utf8.RuneLen('€'), utf8.RuneLen(-1))
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	fmt.Println(buf, len(buf), cap(buf))
	fmt.Printf("%q %q %q\n", string(rune(65)), string(rune(0x10FFFF+1)), []byte("é"))
	fmt.Printf("%v %d %c %U %x\n", 'x', 'x', 'x', 'x', "x")
	b := s[1]
	fmt.Printf("%T %v %T %v\n", b, b, rune(b), rune(b))

	for _, p := range []string{"A man, a plan, a canal: Panama", "Was it a car or a cat I saw?", "Ésé", "not one"} {
		fmt.Printf("%q palindrome=%v\n", p, isPalindrome(p))
	}
	fmt.Println(unicode.IsUpper('Ä'), unicode.IsLower('ß'), unicode.ToUpper('ß'), string(unicode.ToUpper('ÿ')), unicode.IsTitle('ǅ'))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'), strings.IndexFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.Fields(" \t multiple   spaces\u00a0here\n"), len(strings.Fields("")))
}
