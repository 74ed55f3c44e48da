package main

import (
	"fmt"
	"unicode"
)

func b(v bool) string {
	if v {
		return "1"
	}
	return "."
}

func main() {
	runes := []rune{
		'a', 'Z', '0', '9', ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xa0,
		'!', '.', '_', '-', '(', '$', '+', '<', '^', '`', '|', '~',
		0, 0x7, 0x1b, 0x7f, 0x9f,
		'é', 'É', 'ß', 'ÿ', 'ǅ', 'Σ', 'σ', 'ς', 'Ж', 'ж', 'ا', '日', '本', 'ー',
		'١', '٣', '²', '½', 'Ⅻ', '①', '०',
		'¡', '¿', '«', '»', '—', '、', '。', '€', '©', '°', '±',
		0x2000, 0x2028, 0x2029, 0x3000, 0x200b, 0xfeff, 0x1680, 0x180e,
		'😀', '𝔸', '𝟘', 0xe000, 0xfffd, 0xd800, 0x10ffff, -1, 0x110000,
	}
	fmt.Println("rune      Sp Le Di Nu Up Lo Pu Pr Gr Co")
	for _, r := range runes {
		fmt.Printf("%-9x %s  %s  %s  %s  %s  %s  %s  %s  %s  %s\n", r,
			b(unicode.IsSpace(r)), b(unicode.IsLetter(r)), b(unicode.IsDigit(r)),
			b(unicode.IsNumber(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)),
			b(unicode.IsPunct(r)), b(unicode.IsPrint(r)), b(unicode.IsGraphic(r)),
			b(unicode.IsControl(r)))
	}

	count := func(f func(rune) bool, lo, hi rune) int {
		n := 0
		for r := lo; r <= hi; r++ {
			if f(r) {
				n++
			}
		}
		return n
	}
	fmt.Println("ascii counts")
	fmt.Println(" space", count(unicode.IsSpace, 0, 127))
	fmt.Println(" letter", count(unicode.IsLetter, 0, 127))
	fmt.Println(" digit", count(unicode.IsDigit, 0, 127))
	fmt.Println(" upper", count(unicode.IsUpper, 0, 127))
	fmt.Println(" lower", count(unicode.IsLower, 0, 127))
	fmt.Println(" punct", count(unicode.IsPunct, 0, 127))
	fmt.Println(" print", count(unicode.IsPrint, 0, 127))
	fmt.Println(" graphic", count(unicode.IsGraphic, 0, 127))
	fmt.Println(" control", count(unicode.IsControl, 0, 127))
	fmt.Println("latin-1 counts")
	fmt.Println(" space", count(unicode.IsSpace, 128, 255))
	fmt.Println(" letter", count(unicode.IsLetter, 128, 255))
	fmt.Println(" number", count(unicode.IsNumber, 128, 255))
	fmt.Println(" upper", count(unicode.IsUpper, 128, 255))
	fmt.Println(" lower", count(unicode.IsLower, 128, 255))
	fmt.Println(" punct", count(unicode.IsPunct, 128, 255))
	fmt.Println(" print", count(unicode.IsPrint, 128, 255))
	fmt.Println(" control", count(unicode.IsControl, 128, 255))
	fmt.Println("greek+cyrillic counts")
	fmt.Println(" letter", count(unicode.IsLetter, 0x370, 0x4ff))
	fmt.Println(" upper", count(unicode.IsUpper, 0x370, 0x4ff))
	fmt.Println(" lower", count(unicode.IsLower, 0x370, 0x4ff))
	fmt.Println(" print", count(unicode.IsPrint, 0x370, 0x4ff))
	fmt.Println("cjk sample letters", count(unicode.IsLetter, 0x4e00, 0x4eff))
	fmt.Println("arabic digits", count(unicode.IsDigit, 0x600, 0x6ff), count(unicode.IsNumber, 0x600, 0x6ff))
}
