package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `The quick brown fox jumps over the lazy dog.
Über café naïve — résumé; the fox said "ça va?"
日本語のテキストも少し。 Emoji: 🎉🎉 done!

Numbers like 3.14, 42 and 1e9 aren't words... or are they?
THE END`

type WordCount struct {
	Word  string
	Count int
}

type Stats struct {
	Lines, Words, Runes, Bytes int
	Classes                    map[string]int
	Freq                       map[string]int
	Longest                    string
}

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsLetter(r):
		return "letter-other"
	case unicode.IsSymbol(r):
		return "symbol"
	}
	return "other"
}

func analyze(s string) Stats {
	st := Stats{Classes: map[string]int{}, Freq: map[string]int{}}
	st.Bytes = len(s)
	st.Runes = utf8.RuneCountInString(s)
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		st.Lines++
		for _, r := range sc.Text() {
			st.Classes[classify(r)]++
		}
		ws := bufio.NewScanner(strings.NewReader(sc.Text()))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			st.Words++
			w := strings.ToLower(strings.TrimFunc(ws.Text(), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsNumber(r)
			}))
			if w == "" {
				continue
			}
			st.Freq[w]++
			if utf8.RuneCountInString(w) > utf8.RuneCountInString(st.Longest) {
				st.Longest = w
			}
		}
	}
	return st
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		case r == '!':
			return -1
		}
		return r
	}, s)
}

func main() {
	st := analyze(text)
	fmt.Printf("lines=%d words=%d runes=%d bytes=%d longest=%q\n", st.Lines, st.Words, st.Runes, st.Bytes, st.Longest)
	fmt.Println(st.Classes)
	var wc []WordCount
	for w, c := range st.Freq {
		wc = append(wc, WordCount{w, c})
	}
	sort.Slice(wc, func(i, j int) bool {
		if wc[i].Count != wc[j].Count {
			return wc[i].Count > wc[j].Count
		}
		return wc[i].Word < wc[j].Word
	})
	for _, x := range wc[:8] {
		fmt.Printf("%-10s %2d %s\n", x.Word, x.Count, strings.Repeat("*", x.Count))
	}
	for i, r := range "aé日🎉" {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%d %c %U %q %d % x %v\n", i, r, r, r, utf8.RuneLen(r), buf[:n], unicode.Is(unicode.Han, r))
	}
	bad := string([]byte{'a', 0xff, 'b', 0xe6, 0x97})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), []rune(bad), fmt.Sprintf("%q %+q", bad, "日本"))
	fmt.Println(reverse("Hello, 世界!"), caesar("Hello, World!", 3), caesar(caesar("Zebra", 3), -3))
	fmt.Println(strings.Title("hello world"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	fmt.Println(strings.ToUpper("ǆemal ß"), strings.ToTitle("ǆ"), unicode.SimpleFold('k'), unicode.ToLower('İ'))
	fields := strings.FieldsFunc("a1b22c333;;d", unicode.IsDigit)
	fmt.Printf("%q %d\n", fields, strings.IndexFunc("abc1", unicode.IsDigit))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%-4s|%4s|%-4d|%04d]", strings.Repeat("ab", i), "é", i*7, -i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Printf("|%5.2s|%-6q|%x|%X|%c|%U|%#U|\n", "héllo", "é", "é", 'é', 0x1F600, 'x', '⌘')
}
