package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// scriptOf names the first script of the Scripts map (in name order) holding r.
func scriptOf(r rune, names []string) string {
	for _, n := range names {
		if unicode.Is(unicode.Scripts[n], r) {
			return n
		}
	}
	return "?"
}

func main() {
	var names []string
	for n := range unicode.Scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(len(names), "scripts")

	texts := []string{"Hello, world!", "Привет мир", "Γειά σου", "こんにちは世界", "カタカナ", "안녕하세요",
		"مرحبا", "שלום", "नमस्ते", "สวัสดี", "Բարեւ", "გამარჯობა", "ሰላም", "e\u0301", "1+2=3 €"}
	for _, t := range texts {
		counts := map[string]int{}
		for _, r := range t {
			counts[scriptOf(r, names)]++
		}
		var keys []string
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s=%d", k, counts[k]))
		}
		fmt.Printf("%q: %s\n", t, strings.Join(parts, " "))
	}

	// Small tables in full.
	for _, t := range []*unicode.RangeTable{unicode.Zs, unicode.Hiragana, unicode.White_Space, unicode.Pattern_White_Space, unicode.Zl, unicode.Thai} {
		fmt.Println(t.R16, t.R32, t.LatinOffset)
	}
	// Sizes of every property table, by name.
	var props []string
	for n := range unicode.Properties {
		props = append(props, n)
	}
	sort.Strings(props)
	for _, n := range props {
		t := unicode.Properties[n]
		runes := 0
		for _, r := range t.R16 {
			runes += int(r.Hi-r.Lo)/int(r.Stride) + 1
		}
		for _, r := range t.R32 {
			runes += int(r.Hi-r.Lo)/int(r.Stride) + 1
		}
		fmt.Printf("%-36s %4d %4d %2d %6d\n", n, len(t.R16), len(t.R32), t.LatinOffset, runes)
	}
	// Letters of a string by category.
	for _, r := range "Aa\u01c5ʰ中\u0301٣Ⅻ½_-([»«!+$^©  \u2028\u2029\x00\u00ad\ue000" {
		var cats []string
		for _, c := range []string{"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs"} {
			if unicode.Is(unicode.Categories[c], r) {
				cats = append(cats, c)
			}
		}
		fmt.Printf("%U %v fold:%v\n", r, cats, unicode.In(r, unicode.FoldCategory["Lu"], unicode.FoldScript["Greek"]))
	}
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, '\u3000'), unicode.IsOneOf(unicode.PrintRanges, '\u3000'))
	// A table of vowels the program builds and tests against words.
	vowel := &unicode.RangeTable{R16: []unicode.Range16{{'A', 'A', 1}, {'E', 'E', 1}, {'I', 'I', 1}, {'O', 'O', 1}, {'U', 'U', 1},
		{'a', 'a', 1}, {'e', 'e', 1}, {'i', 'i', 1}, {'o', 'o', 1}, {'u', 'u', 1}}, LatinOffset: 10}
	for _, w := range []string{"Queueing", "rhythm", "AEIOU", "strength"} {
		n := 0
		for _, r := range w {
			if unicode.Is(vowel, r) {
				n++
			}
		}
		fmt.Println(w, n)
	}
	// Unrecovered: a zero stride in a hand-made R32 table.
	bad := &unicode.RangeTable{R32: []unicode.Range32{{0x10000, 0x10010, 0}}}
	fmt.Println(unicode.Is(bad, 0x10000))
}
