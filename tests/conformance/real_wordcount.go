package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief; it was the epoch of incredulity...
Café naïve résumé — the CAFÉ was "open"! Über-cool: über über.
	Numbers like 42 and 3.14 don't count as words, but don't-stop does.

`

type WordCount struct {
	Word  string
	Count int
	Lines []int
}

func normalize(w string) string {
	w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	w = strings.Trim(w, "'")
	for _, r := range w {
		if unicode.IsDigit(r) {
			return ""
		}
	}
	return strings.ToLower(w)
}

func count(src string) (map[string]*WordCount, int) {
	counts := make(map[string]*WordCount)
	total := 0
	for lineNo, line := range strings.Split(src, "\n") {
		for _, raw := range strings.Fields(line) {
			for _, part := range strings.FieldsFunc(raw, func(r rune) bool { return r == '-' || r == '—' }) {
				w := normalize(part)
				if w == "" {
					continue
				}
				total++
				wc, ok := counts[w]
				if !ok {
					wc = &WordCount{Word: w}
					counts[w] = wc
				}
				wc.Count++
				if n := len(wc.Lines); n == 0 || wc.Lines[n-1] != lineNo+1 {
					wc.Lines = append(wc.Lines, lineNo+1)
				}
			}
		}
	}
	return counts, total
}

func main() {
	counts, total := count(text)
	list := make([]WordCount, 0, len(counts))
	for _, wc := range counts {
		list = append(list, *wc)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	fmt.Printf("total=%d distinct=%d\n", total, len(list))
	for i, wc := range list {
		if i >= 12 {
			break
		}
		bar := strings.Repeat("#", wc.Count)
		fmt.Printf("%2d. %-12s %3d %-10s lines=%v\n", i+1, wc.Word, wc.Count, bar, wc.Lines)
	}

	byLen := map[int][]string{}
	for w := range counts {
		n := utf8.RuneCountInString(w)
		byLen[n] = append(byLen[n], w)
	}
	lens := make([]int, 0)
	for n := range byLen {
		lens = append(lens, n)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(lens)))
	for _, n := range lens[:4] {
		ws := byLen[n]
		sort.Strings(ws)
		fmt.Printf("len %2d: %s\n", n, strings.Join(ws, ", "))
	}

	var letters [26]int
	other := map[rune]int{}
	for i, r := range text {
		lr := unicode.ToLower(r)
		switch {
		case lr >= 'a' && lr <= 'z':
			letters[lr-'a']++
		case r >= utf8.RuneSelf:
			other[r]++
			if other[r] == 1 {
				fmt.Printf("first %q (%U, %d bytes) at byte %d\n", r, r, utf8.RuneLen(r), i)
			}
		}
	}
	var sb strings.Builder
	for i, n := range letters {
		if n > 0 {
			fmt.Fprintf(&sb, "%c%d ", 'a'+i, n)
		}
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Println(other)

	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	longest := ""
	for _, l := range lines {
		if utf8.RuneCountInString(l) > utf8.RuneCountInString(longest) {
			longest = l
		}
	}
	fmt.Printf("%d lines, longest has %d runes / %d bytes\n", len(lines), utf8.RuneCountInString(longest), len(longest))
	fmt.Println(strings.ToUpper("naïve über"), strings.EqualFold("CAFÉ", "café"), strings.Count(text, "it was"), strings.LastIndex(text, "was"))
	b := []byte("Über")
	r, size := utf8.DecodeRune(b)
	fmt.Println(string(r), size, string(b[size:]), []rune("naïve")[2], string([]rune("naïve")[:3]))
	fmt.Printf("%q\n", strings.Fields("  a \t b\n\nc  "))
	bad := "ab\xffcd"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), len([]rune(bad)))
}
