package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

type cr struct {
	r *strings.Reader
	n int
}

func (c *cr) ReadRune() (rune, int, error) { c.n++; return c.r.ReadRune() }

var pieces = []string{
	"a", "b", "c", "A", "k", "K", "é", "É", "\u212a", "ſ", "s", "S", "x", "0", "1", "_", " ", "\n", ".",
	"(", ")", "(", ")", "|", "|", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{0}", "{0,}", "{1,}", "{2,1}", "{1001}", "{,2}", "{", "}",
	"[", "]", "[a-c]", "[^a]", "[^\n]", "[[:alpha:]]", "[[:^digit:]]", "[:word:]", "-", "^", "$", "\\A", "\\z", "\\b", "\\B",
	"\\d", "\\D", "\\s", "\\W", "\\pL", "\\p{Greek}", "\\PL", "\\p{^Lu}", "\\pN", "\\p{Foo}", "\\p", "\\x41", "\\x{10FFFF}", "\\x{110000}", "\\x{}", "\\101", "\\0", "\\8", "\\Q", "\\E", "\\.", "\\*",
	"(?i)", "(?m)", "(?s)", "(?U)", "(?i:", "(?-i)", "(?P<n>", "(?<m>", "(?P<>", "(?P=n)", "(?<", "(?", "(?:", "(?im-s:", "(?x)", "\\C", "\\", "\\z",
	"\xff", "\\x{FFFD}", "\ufffd", "abc", "ab|ac", "^", "^", "$", "$", "^ab", "c$", "(?:ab|ac)", "(?:abc|abd|aef)", "a{2,3}", "(a*)*", "(?:a|b)+", "[ab]|[bc]", "(x)", "(?:)", "()", "a|b|c", "(a|ab)(c|bcd)", "[a-z]+", "z-a", "[z-a]", "[a-\\d]", "[\\d-z]", "\\pZ",
}

var seed uint64 = 987654321

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var inputs = []string{"", "abc", "aAbBkK\u212a", "ab\nba c_1", "xx abcd ab abc", "ééÉ ſs S", "ΑβΓ δ 12"}

func describe(kind string, re *regexp.Regexp, err error) {
	if err != nil {
		fmt.Printf("%s err: %q\n", kind, err.Error())
		return
	}
	p, c := re.LiteralPrefix()
	fmt.Printf("%s n=%d names=%q prefix=%q %v\n", kind, re.NumSubexp(), re.SubexpNames(), p, c)
	for _, in := range inputs {
		c := &cr{r: strings.NewReader(in)}
		c2 := &cr{r: strings.NewReader(in)}
		fmt.Print(" ", re.FindReaderSubmatchIndex(c), c.n, re.MatchReader(c2), c2.n)
	}
	fmt.Println()
}

func main() {
	n := 800
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	for i := 0; i < n; i++ {
		k := 1 + rnd(12)
		pat := "^"
		for j := 0; j < k; j++ {
			pat += pieces[rnd(len(pieces))]
		}
		if rnd(3) > 0 {
			pat += "$"
		}
		fmt.Printf("%q\n", pat)
		re, err := regexp.Compile(pat)
		describe("perl", re, err)
		re, err = regexp.CompilePOSIX(pat)
		describe("posix", re, err)
	}
}
