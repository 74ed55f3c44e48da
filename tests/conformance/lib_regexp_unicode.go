package main

import (
	"fmt"
	"regexp"
)

var pats = []string{
	`(?i)k`, `(?i)K`, `(?i)\x{212A}`, `(?i)s`, `(?i)ſ`, `(?i)ß`, `(?i)ẞ`, `(?i)σ`, `(?i)Σ`, `(?i)ς`, `(?i)é`, `(?i)É`,
	`(?i)[k]`, `(?i)[a-z]+`, `(?i)[^a-z]+`, `(?i)[k-l]`, `(?i)[^k]`, `(?i)\w+`, `(?i)\W+`, `(?i)[[:upper:]]+`, `(?i)[[:^lower:]]+`,
	`(?i)\p{Lu}+`, `(?i)\p{Ll}+`, `(?i)\P{Lu}+`, `(?i)\p{Greek}+`, `(?i)\p{^Greek}+`, `(?i)\p{Han}`, `(?i)\pL+`, `(?i)\p{Any}+`, `\P{Any}`,
	`\pL+`, `\p{L}+`, `\PL+`, `\p{^L}+`, `\P{^L}+`, `\pN+`, `\p{Nd}+`, `\p{Greek}+`, `\p{Cyrillic}+`, `\p{Latin}+`, `\p{Han}+`,
	`\p{Lu}\p{Ll}+`, `\p{Zs}`, `\p{Sc}`, `\p{P}+`, `\p{Common}+`, `\p{Inherited}`, `[\p{Greek}\d]+`, `[^\p{Greek}\s]+`,
	`[\P{L}]+`, `[\p{^L}a]+`, `\p{Cc}`, `\p{Co}`, `\p{Cs}`, `[[:alpha:]]+`, `[[:alnum:]]+`, `[[:ascii:]]+`, `[[:^ascii:]]+`,
	`[[:blank:]]+`, `[[:cntrl:]]+`, `[[:digit:]]+`, `[[:graph:]]+`, `[[:lower:]]+`, `[[:print:]]+`, `[[:punct:]]+`,
	`[[:space:]]+`, `[[:upper:]]+`, `[[:word:]]+`, `[[:xdigit:]]+`, `[[:^space:][:^alpha:]]+`, `\d+`, `\D+`, `\s+`, `\S+`,
	`\w+`, `\W+`, `[\d\s]+`, `[^\d\s]+`, `(?i)straße`, `(?i)ΣΑΣ`, `(?i)[α-ω]+`, `(?i)ǅ`, `(?i)ǆ`, `(?i)Ǆ`, `(?i)[ǄǅǆDŽ]`,
	`[\x{10000}-\x{10FFFF}]+`, `.`, `(?s).`, `[^a]`, `[^\n]`, `\x{1F600}+`, `[😀-😂]+`, `(?i)ⓐ+`, `(?i)𐐀`, `(?i)ꭰ`,
	`(?i)a|A|b`, `a|A`, `[aA]`, `[kK]`, `[kK\x{212A}]`, `K|k|\x{212A}`, `(?i)[\x{41}-\x{5a}]+`, `(?i)[^\x{0}-\x{40}]`,
}

var inputs = []string{
	"kK\u212a", "sSſ", "ßẞss", "σΣς", "éÉe", "Hello Wörld", "ΑΒΓ αβγ 123", "日本語 中文", "Привет мир", "a1 b2\tc3\n",
	"$€¥ !?,.", "\x00\x01\x7f\u0085\u00a0", "😀😁😂😃", "ⓐⒶ", "𐐀𐐨", "ꭰᎠ", "ǄǅǆDŽ", "\xff\xfeab", "STRASSE straße",
}

func main() {
	for _, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, err)
			continue
		}
		pre, c := re.LiteralPrefix()
		fmt.Printf("%q %q %v:", p, pre, c)
		for _, in := range inputs {
			fmt.Printf(" %v", re.FindAllStringIndex(in, -1))
		}
		fmt.Println()
	}
}
