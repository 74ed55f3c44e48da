package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{
		'a', 'z', 'A', 'Z', '0', ' ', '@', '[', '`', '{',
		'é', 'É', 'ß', 'ÿ', 'Ÿ', 'µ', 'ı', 'İ', 'ſ', 'K',
		'ǆ', 'ǅ', 'Ǆ', 'ǉ', 'ǈ', 'Ǉ',
		'α', 'Α', 'σ', 'ς', 'Σ', 'ω', 'Ω', 'ά', 'Ά', 'ϐ',
		'ж', 'Ж', 'ё', 'Ё', 'ѣ', 'Ѣ',
		'ա', 'Ա', 'ⓐ', 'Ⓐ', 'ａ', 'Ａ', '𐐨', '𐐀',
		'日', '😀', 0xfffd, -1, 0x110000,
	}
	for _, r := range runes {
		u := unicode.ToUpper(r)
		l := unicode.ToLower(r)
		t := unicode.ToTitle(r)
		fmt.Printf("%x: upper=%x lower=%x title=%x isUpper=%t isLower=%t", r, u, l, t, unicode.IsUpper(r), unicode.IsLower(r))
		if r >= 0 && r <= 0x10ffff && (r < 0xd800 || r > 0xdfff) {
			fmt.Printf(" %c->%c/%c/%c", r, u, l, t)
		}
		fmt.Println()
	}

	fmt.Println("ascii round trip")
	bad := 0
	for r := rune(0); r < 128; r++ {
		u := unicode.ToUpper(r)
		l := unicode.ToLower(r)
		if r >= 'a' && r <= 'z' {
			if u != r-32 || l != r {
				bad++
			}
		} else if r >= 'A' && r <= 'Z' {
			if l != r+32 || u != r {
				bad++
			}
		} else if u != r || l != r {
			bad++
		}
	}
	fmt.Println("bad", bad)

	changedUpper, changedLower, changedTitle := 0, 0, 0
	for r := rune(0x80); r < 0x600; r++ {
		if unicode.ToUpper(r) != r {
			changedUpper++
		}
		if unicode.ToLower(r) != r {
			changedLower++
		}
		if unicode.ToTitle(r) != r {
			changedTitle++
		}
	}
	fmt.Println("changed in 0x80..0x600:", changedUpper, changedLower, changedTitle)

	sum := rune(0)
	for r := rune(0x400); r < 0x460; r++ {
		sum += unicode.ToUpper(r) - unicode.ToLower(r)
	}
	fmt.Println("cyrillic diff sum", sum)
	fmt.Println("upper of lower", string(unicode.ToUpper(unicode.ToLower('Ω'))), string(unicode.ToLower(unicode.ToUpper('ß'))))
}
