package main

import (
	"fmt"
	"io"
	"regexp"
	"strings"
)

var prefixPats = []string{
	``, `abc`, `^abc`, `^abc$`, `abc$`, `(abc)`, `a(b)c`, `a(b)*c`, `ab+c`, `ab*c`, `ab?c`, `a{2}b`, `a{2,}b`, `abc|abd`,
	`abc|abc`, `abc|xyz`, `(?i)abc`, `ab(?i)cd`, `(?i)123x`, `\x{FFFD}ab`, `ab\x{FFFD}c`, `^(?:ab|cd)$`, `^a*$`, `^ab(c|d)$`,
	`^abc(a*|a)$`, `^abc\z`, `^abc(?:)$`, `\Aab$`, `(?m)^abc$`, `^日本語$`, `日本語`, `A|a`, `[Aa]bc`, `k`, `(?i)k`, `(?i)1`,
	`a.c`, `(?s)a.c`, `^(a)(b)$`, `^(?:a|b)c$`, `^(?:a|ab)c$`, `^a+b$`, `^a*b*$`, `^(a*)*$`, `^[ab]*a$`, `^abc|^abd$`,
	`(?:)abc`, `()abc`, `x*abc`, `\babc`, `^$`, `$`, `^`, `^a$|^b$`, `^\x{FFFD}$`, `^(?i)ab$`, `^ab(?i)c$`, `^.$`, `^a.b$`,
	`[^\x00-\x{10FFFF}]abc`, `abc[^\x00-\x{10FFFF}]`, `^abc[^\x00-\x{10FFFF}]$`, `a{0}bc`, `(a){0}bc`, `^(?:a{0}|b)c$`,
	`^(?U)a+b$`, `^a+?b$`, `^(a+|b+)$`, `^(a+|a+b)$`, `^[a-c]+[d-f]+$`, `^(?:ab)*$`, `^(?:ab)*ab$`, `^x(?:ab)*y$`,
}

var namePats = []string{
	`(a)(b)`, `(?P<first>a)(b)(?P<third>c)`, `(?<x>a)|(?<y>b)`, `(?P<x>a)(?P<x>b)`, `(?:a)(?i:b)`, `a`, `((a)(b(c)))`,
	`(?P<n1_>x)(?P<_>y)`, `(a){0}`, `(a)|b`,
}

type readerOnly struct{ r *strings.Reader }

func (r readerOnly) ReadRune() (rune, int, error) { return r.r.ReadRune() }

func main() {
	for _, p := range prefixPats {
		re := regexp.MustCompile(p)
		pre, complete := re.LiteralPrefix()
		pre2, complete2 := "-", false
		if rp, err := regexp.CompilePOSIX(p); err == nil {
			pre2, complete2 = rp.LiteralPrefix()
		}
		fmt.Printf("%-28q prefix %q %v  posix %q %v  str %q\n", p, pre, complete, pre2, complete2, re.String())
	}
	for _, p := range namePats {
		re := regexp.MustCompile(p)
		fmt.Printf("%q n=%d names=%q len=%d idx:", p, re.NumSubexp(), re.SubexpNames(), len(re.SubexpNames()))
		for _, n := range []string{"", "first", "third", "x", "y", "n1_", "_", "missing"} {
			fmt.Print(" ", re.SubexpIndex(n))
		}
		fmt.Println(" sub:", re.FindStringSubmatchIndex("abc xy"))
	}
	// Reader matching, and how much of the reader a match consumes.
	for _, c := range []struct{ pat, in string }{
		{`b+`, "aabbbcc"}, {`x`, "aabbbcc"}, {`(b+)(c)`, "aabbbccdd"}, {`a|b`, "zzbzz"}, {`^a`, "bab"},
		{`^a`, "abab"}, {`c$`, "abc"}, {`\bb`, "a bc"}, {`.*`, "abc\ndef"}, {`日`, "本日本"}, {`(a*)+$`, "aab"},
		{`[^a]`, "\xffa"}, {``, "abc"}, {`a{3}`, "aaaa"}, {`(?i)B`, "abc"},
	} {
		re := regexp.MustCompile(c.pat)
		r := strings.NewReader(c.in)
		m := re.MatchReader(r)
		rest, _ := io.ReadAll(r)
		r2 := strings.NewReader(c.in)
		loc := re.FindReaderIndex(r2)
		rest2, _ := io.ReadAll(r2)
		sub := re.FindReaderSubmatchIndex(readerOnly{strings.NewReader(c.in)})
		fmt.Printf("reader %q %q: %v %q %v %q %v\n", c.pat, c.in, m, rest, loc, rest2, sub)
	}
	// Results' capacities and aliasing.
	re := regexp.MustCompile(`(a+)(b)?`)
	b := []byte("xaab aa")
	f := re.Find(b)
	fmt.Println(len(f), cap(f), string(f))
	subs := re.FindSubmatch(b)
	for _, s := range subs {
		fmt.Print(len(s), cap(s), s == nil, " ")
	}
	fmt.Println()
	all := re.FindAllString("aab ab a", -1)
	fmt.Println(len(all), cap(all))
	idx := re.FindStringIndex("xaab")
	fmt.Println(idx, len(idx), cap(idx))
	all2 := re.FindAll(b, -1)
	fmt.Println(len(all2), cap(all2), cap(all2[0]))
	// Longest and Copy.
	re2 := regexp.MustCompile(`a+?|a+b`)
	c := re2.Copy()
	c.Longest()
	fmt.Println(re2.FindString("aaab"), c.FindString("aaab"), re2.String() == c.String())
	re3 := regexp.MustCompile(`(a|ab)(c|bcd)(d*)`)
	fmt.Println(re3.FindStringSubmatch("abcd"))
	re3.Longest()
	fmt.Println(re3.FindStringSubmatch("abcd"))
	// Reuse a Regexp inside a replacement function.
	w := regexp.MustCompile(`\w+`)
	out := w.ReplaceAllStringFunc("ab cd ef", func(s string) string {
		return w.ReplaceAllString(s, "<$0>") + fmt.Sprint(w.FindAllStringIndex(s, -1))
	})
	fmt.Println(out)
	// The same Regexp used with different numbers of captures, in every order.
	for _, p := range []string{`(a|b|c)*(x|y|z)+d`, `((a)|(b))+`, `(?:(x)|(y))*?(z)`} {
		for order := 0; order < 6; order++ {
			re := regexp.MustCompile(p)
			for k := 0; k < 3; k++ {
				switch (order + k*(order%3+1)) % 3 {
				case 0:
					fmt.Print(re.MatchString("abcabcxyzxyzd q abxyd zzz xyz"), " ")
				case 1:
					fmt.Print(re.FindAllStringIndex("abcabcxyzxyzd q abxyd zzz xyz", -1), " ")
				case 2:
					fmt.Print(re.FindAllStringSubmatchIndex("abcabcxyzxyzd q abxyd zzz xyz", -1), " ")
				}
			}
			fmt.Println()
		}
	}
	grow := regexp.MustCompile(`(a|b|c)*(x|y|z)+d`)
	fmt.Println(grow.FindStringSubmatchIndex("q"), grow.MatchString("abcabcxyzxyzd"), grow.FindStringSubmatchIndex("abcabcxyzxyzd"),
		grow.FindStringIndex("abcabcxyzxyzd"), grow.FindAllStringSubmatchIndex("abcxd bxd", -1))
	var nilRe *regexp.Regexp
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		fmt.Println(nilRe.String())
	}()
}
