package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	runes := []rune{-1, 0, '\t', ' ', '!', '0', '9', 'A', 'Z', '_', 'a', 'z', 0x7f, 0x85, 0xa0,
		0xaa, 0xb2, 0xb5, 0xc0, 0xd7, 0xdf, 0xff, 0x100, 0x101, 0x130, 0x131, 0x1c5, 0x2b0,
		0x300, 0x345, 0x370, 0x391, 0x3a9, 0x3c9, 0x400, 0x42f, 0x44f, 0x531, 0x561, 0x5d0,
		0x600, 0x627, 0x660, 0x900, 0x905, 0x966, 0xe01, 0xe50, 0x10a0, 0x10d0, 0x1200,
		0x1100, 0x2000, 0x2028, 0x2029, 0x20ac, 0x2160, 0x2212, 0x2e80, 0x3000, 0x3005,
		0x3041, 0x3042, 0x30a2, 0x30fc, 0x4e00, 0x9fff, 0xac00, 0xd7a3, 0xd800, 0xe000,
		0xfeff, 0xff10, 0xff21, 0xfffd, 0xffff, 0x10000, 0x10400, 0x1d400, 0x1f600,
		0x20000, 0x2a6df, 0x30000, 0xe0001, 0xf0000, 0x10fffd, 0x10ffff, 0x110000}
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"L", unicode.L}, {"Lu", unicode.Lu}, {"Ll", unicode.Ll},
		{"Lt", unicode.Lt}, {"Lm", unicode.Lm}, {"Lo", unicode.Lo}, {"Mark", unicode.Mark},
		{"M", unicode.M}, {"Mn", unicode.Mn}, {"Mc", unicode.Mc}, {"Me", unicode.Me},
		{"Number", unicode.Number}, {"N", unicode.N}, {"Nd", unicode.Nd}, {"Nl", unicode.Nl},
		{"No", unicode.No}, {"Punct", unicode.Punct}, {"P", unicode.P}, {"Pc", unicode.Pc},
		{"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"Pe", unicode.Pe}, {"Pi", unicode.Pi},
		{"Pf", unicode.Pf}, {"Po", unicode.Po}, {"Symbol", unicode.Symbol}, {"S", unicode.S},
		{"Sm", unicode.Sm}, {"Sc", unicode.Sc}, {"Sk", unicode.Sk}, {"So", unicode.So},
		{"Space", unicode.Space}, {"Z", unicode.Z}, {"Zs", unicode.Zs}, {"Zl", unicode.Zl},
		{"Zp", unicode.Zp}, {"Other", unicode.Other}, {"C", unicode.C}, {"Cc", unicode.Cc},
		{"Cf", unicode.Cf}, {"Co", unicode.Co}, {"Cs", unicode.Cs}, {"Digit", unicode.Digit},
		{"Upper", unicode.Upper}, {"Lower", unicode.Lower}, {"Title", unicode.Title},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana},
		{"Hangul", unicode.Hangul}, {"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew},
		{"Devanagari", unicode.Devanagari}, {"Thai", unicode.Thai}, {"Armenian", unicode.Armenian},
		{"Georgian", unicode.Georgian}, {"Ethiopic", unicode.Ethiopic}, {"Common", unicode.Common},
		{"Inherited", unicode.Inherited}, {"White_Space", unicode.White_Space},
		{"Hex_Digit", unicode.Hex_Digit}, {"ASCII_Hex_Digit", unicode.ASCII_Hex_Digit},
		{"Dash", unicode.Dash}, {"Ideographic", unicode.Ideographic},
		{"Pattern_White_Space", unicode.Pattern_White_Space}, {"STerm", unicode.STerm},
		{"Sentence_Terminal", unicode.Sentence_Terminal}, {"Other_Math", unicode.Other_Math},
	}
	for _, tb := range tables {
		s := ""
		for _, r := range runes {
			if unicode.Is(tb.t, r) {
				s += "1"
			} else {
				s += "0"
			}
		}
		fmt.Printf("%-20s %s R16=%d R32=%d LatinOffset=%d\n", tb.name, s, len(tb.t.R16), len(tb.t.R32), tb.t.LatinOffset)
	}

	// Every table's exact ranges, summarized.
	dump := func(name string, t *unicode.RangeTable) {
		sum := uint64(0)
		for i, r := range t.R16 {
			sum = sum*31 + uint64(r.Lo)*7 + uint64(r.Hi)*3 + uint64(r.Stride) + uint64(i)
		}
		for i, r := range t.R32 {
			sum = sum*31 + uint64(r.Lo)*7 + uint64(r.Hi)*3 + uint64(r.Stride) + uint64(i)
		}
		fmt.Printf("%s: %d %d %d %x\n", name, len(t.R16), len(t.R32), t.LatinOffset, sum)
	}
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		var names []string
		for n := range m {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Println(len(m), "tables")
		for _, n := range names {
			dump(n, m[n])
		}
	}
	fmt.Println(unicode.Han.R16[:3], unicode.Han.R32[len(unicode.Han.R32)-1])
	fmt.Println(unicode.Latin.R16[:4], unicode.Latin.LatinOffset)
	fmt.Printf("%+v\n", unicode.Zs)

	// Every code point against a few tables: counts.
	for _, tb := range tables[:8] {
		n := 0
		for r := rune(0); r <= unicode.MaxRune; r += 7 {
			if unicode.Is(tb.t, r) {
				n++
			}
		}
		fmt.Println(tb.name, "count/7", n)
	}
	// Consistency with the predicates.
	bad := 0
	for r := rune(0); r <= 0x20000; r++ {
		if unicode.Is(unicode.Letter, r) != unicode.IsLetter(r) || unicode.Is(unicode.Upper, r) != unicode.IsUpper(r) ||
			unicode.In(r, unicode.GraphicRanges...) != unicode.IsGraphic(r) || unicode.IsOneOf(unicode.PrintRanges, r) != (unicode.IsPrint(r) && r != ' ') {
			bad++
		}
	}
	fmt.Println("mismatches", bad)

	// Aliases are the same tables.
	fmt.Println(unicode.L == unicode.Letter, unicode.Categories["Lu"] == unicode.Upper, unicode.Scripts["Han"] == unicode.Han,
		unicode.Properties["White_Space"] == unicode.White_Space, unicode.STerm == unicode.Sentence_Terminal,
		unicode.Digit == unicode.Nd, unicode.Other == unicode.C, unicode.Space == unicode.Z)
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[5] == unicode.Zs)

	// In, IsOneOf.
	for _, r := range []rune{'a', '1', ' ', 'あ', 'ア', '漢', '한', 'α', -5} {
		fmt.Println(string(r), unicode.In(r, unicode.Hiragana, unicode.Katakana), unicode.In(r),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Hangul}, r),
			unicode.IsOneOf(nil, r), unicode.In(r, unicode.Nd, unicode.Greek))
	}

	// A user-built table, with strides, both halves, and a short and a long R16.
	vowels := &unicode.RangeTable{
		R16: []unicode.Range16{{'A', 'A', 1}, {'E', 'E', 1}, {'I', 'O', 6}, {'U', 'U', 1}, {'a', 'u', 4}},
		R32: []unicode.Range32{{0x10000, 0x10010, 2}, {0x20000, 0x20000, 1}},
	}
	for _, r := range []rune{'A', 'B', 'I', 'J', 'O', 'U', 'a', 'b', 'e', 'i', 'o', 'u', 'y', 0x10000, 0x10001, 0x10010, 0x10011, 0x20000} {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	var long unicode.RangeTable
	for i := 0; i < 40; i++ {
		long.R16 = append(long.R16, unicode.Range16{uint16(0x1000 + i*16), uint16(0x1000 + i*16 + 7), 2})
	}
	long.R32 = append(long.R32, unicode.Range32{0x10000, 0x10fff, 3})
	n := 0
	for r := rune(0); r < 0x11000; r++ {
		if unicode.Is(&long, r) {
			n++
		}
	}
	fmt.Println("long", n)
	// An unsorted hand-made table answers as Go's search does.
	unsorted := &unicode.RangeTable{R16: []unicode.Range16{{'x', 'z', 1}, {'a', 'c', 1}}}
	fmt.Println(unicode.Is(unsorted, 'a'), unicode.Is(unsorted, 'y'), unicode.Is(unsorted, 'd'))
	var empty unicode.RangeTable
	fmt.Println(unicode.Is(&empty, 'a'), unicode.Is(&empty, 0x10000))
	// The tables are the program's to change.
	mine := unicode.Zs
	saved := mine.R16[0]
	mine.R16[0].Lo = 'Q'
	fmt.Println(unicode.Is(unicode.Zs, 'Q'), unicode.Is(unicode.Zs, 'P'))
	mine.R16[0] = saved

	// Panics: a zero stride, and a nil table.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		zero := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'z', 0}}}
		fmt.Println(unicode.Is(zero, 'm'))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(unicode.Is(nil, 'm'))
	}()
	fmt.Println(unicode.Is(&unicode.RangeTable{R32: []unicode.Range32{{0x10000, 0x20000, 0}}}, 0x10001))
}
