package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{
		"hello world",
		"Hello World 123!",
		"héllo wörld",
		"ÀÉÎÕÜ àéîõü",
		"Γειά σου Κόσμε",
		"Привет, Мир",
		"straße",
		"ǅungla ǈ ǋ",
		"ÿ Ÿ",
		"ı İ",
		"日本語",
		"",
	}
	for _, s := range inputs {
		fmt.Printf("%s | %s | %s\n", s, strings.ToUpper(s), strings.ToLower(s))
	}

	bad := "a\xffb\xc3"
	fmt.Printf("ToUpper invalid: %x\n", strings.ToUpper(bad))
	fmt.Printf("ToLower invalid: %x\n", strings.ToLower("A\xffB"))

	fmt.Println("EqualFold", strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Gopher"), strings.EqualFold("", ""))
	fmt.Println("EqualFold non-ascii", strings.EqualFold("héllo", "HÉLLO"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("привет", "ПРИВЕТ"))
	fmt.Println("EqualFold special", strings.EqualFold("K", "\u212a"), strings.EqualFold("s", "ſ"), strings.EqualFold("ß", "SS"), strings.EqualFold("σ", "ς"))
	fmt.Println("EqualFold diff len", strings.EqualFold("abc", "ab"), strings.EqualFold("a\xff", "A\xff"), strings.EqualFold("a\xff", "A\xfe"))

	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println("Map rot13", strings.Map(rot13, "Hello, Gopher! 'Twas brillig."))
	fmt.Println("Map rot13 twice", strings.Map(rot13, strings.Map(rot13, "Round Trip")))

	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println("Map drop", strings.Map(dropVowels, "Programming Language"))
	fmt.Println("Map drop all", "["+strings.Map(func(r rune) rune { return -1 }, "abc")+"]")
	fmt.Println("Map widen", strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'α'
		}
		return r
	}, "banana"))
	fmt.Println("Map narrow", strings.Map(func(r rune) rune {
		if r > 127 {
			return '?'
		}
		return r
	}, "日本 and ünïcode"))
	fmt.Println("Map upper", strings.Map(unicode.ToUpper, "wörld ω"))
	m := strings.Map(func(r rune) rune { return r }, "x\xffy")
	fmt.Printf("Map identity invalid: %x\n", m)
	m2 := strings.Map(func(r rune) rune { return 0x110000 }, "ab")
	fmt.Printf("Map invalid rune: %x\n", m2)
}
