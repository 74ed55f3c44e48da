package main

import (
	"fmt"
	"regexp"
	"strings"
)

var bad = []string{
	`(`, `)`, `(a`, `a)`, `(a))`, `(a|b|`, `a|b|)`, `(a|b|))`, `(a|b`, `a|b)`, `(a|b))`,
	`[a-z`, `([a-z)`, `[a-z)`, `([a-z]))`, `x{1001}`, `x{9876543210}`, `x{2,1}`, `x{1,9876543210}`,
	"\xff", "[\xff]", "[\\\xff]", "\\\xff", "a\xffb", "(?P<n\xff>a)", "(?P<n\xff", "\\p{L\xff}", "\\p\xff",
	`(?P<name>a`, `(?P<name>`, `(?P<name`, `(?P<x y>a)`, `(?P<>a)`,
	`(?<name>a`, `(?<name>`, `(?<name`, `(?<x y>a)`, `(?<>a)`, `(?<`, `(?P=name)`, `(?P>x)`,
	`[a-Z]`, `(?i)[a-Z]`, `\Q\E*`, `a{100000}`, `a{100000,}`,
	"((((((((((x{2}){2}){2}){2}){2}){2}){2}){2}){2}){2})",
	`**`, `a**`, `a*+`, `a??*`, `a{2}*`, `a{2}{3}`, `*`, `+a`, `?`, `{1}`, `a|*`, `(*)`, `(?i)*`, `^*`, `$+`,
	`\8`, `\9`, `\1`, `\x`, `\xg`, `\x{`, `\x{}`, `\x{41`, `\x{110000}`, `\x{zz}`, `\xA`, `\C`, `\é`, `\`, `a\`, `\q`, `\_`,
	`z-a`, `[z-a]`, `[a-\d]`, `[\d-z]`, `[a-b-c]`, `[--a]`, `[b-a-c]`, `[[:foo:]]`, `[[:alpha:]`, `[[:alpha`, `[]`, `[^]`, `[a`, `[a\`,
	`\p`, `\pX`, `\p{`, `\p{Foo}`, `\P{^Foo}`, `\p{Greek`, `[\p{Foo}]`, `\p{}`, `\pZ\p{Lu`,
	`(?`, `(?i`, `(?z)`, `(?i-)`, `(?-)`, `(?--i)`, `(?i-i-s)`, `(?:`, `(?i:a`, `(?x)`, `(?)`, `(?P`, `(?P<`,
	`a{,5}`, `x{1000}`, `x{1000,1001}`, `(x{2}){1000}`, `((x{10}){10}){11}`, `(?:(?:a{100}){100}){100}`,
	"(((a{100}){100}){100}){100}",
	strings.Repeat("(", 1000) + strings.Repeat(")", 1000),
	strings.Repeat("(?:", 1000) + strings.Repeat(")*", 1000),
	"(" + strings.Repeat("(xx?)", 1000) + "){1000}",
	strings.Repeat("(xx?){1000}", 1000),
	strings.Repeat("(", 999) + strings.Repeat(")", 999),
	strings.Repeat(`\pL`, 27000),
	strings.Repeat("(", 500) + "a" + strings.Repeat(")", 499),
	strings.Repeat("a|", 3000) + ")",
	"x{1000}y{1000}z{1000}" + strings.Repeat("(a)", 10) + "(",
}

func show(name string, pat string, comp func(string) (*regexp.Regexp, error)) {
	re, err := comp(pat)
	p := pat
	if len(p) > 60 {
		p = p[:30] + "..." + p[len(p)-20:]
	}
	if err != nil {
		msg := err.Error()
		if len(msg) > 200 {
			msg = msg[:100] + "..." + msg[len(msg)-60:]
		}
		fmt.Printf("%s %q: %q\n", name, p, msg)
		return
	}
	fmt.Printf("%s %q: ok %d\n", name, p, re.NumSubexp())
}

func mustCompile(pat string, posix bool) {
	defer func() {
		r := recover()
		s, _ := r.(string)
		if len(s) > 200 {
			s = s[:100] + "..." + s[len(s)-60:]
		}
		fmt.Printf("recovered: %v %q\n", r != nil, s)
	}()
	if posix {
		regexp.MustCompilePOSIX(pat)
	} else {
		regexp.MustCompile(pat)
	}
	fmt.Println("compiled", pat)
}

func main() {
	for _, pat := range bad {
		show("perl", pat, regexp.Compile)
		show("posix", pat, regexp.CompilePOSIX)
	}
	for _, pat := range []string{`[a-b-c]`, `\Qabc\E`, `\Q*+?{[\E`, `\Q\\E`, `\Q\\\E`, `(?:a)`, `(?P<name>a)`, `\d`, `\pL`, `\b`, `a*?`,
		"a++", "a**", "a?*", "a+*", "a{1}*", ".{1}{2}.{3}", `[[:word:]]`, `[\d]`, `\z`, `\A`} {
		show("perl", pat, regexp.Compile)
		show("posix", pat, regexp.CompilePOSIX)
	}
	for _, pat := range []string{`(a`, "a\x01(", "`(", "\xff(", "a\"(", "\t(", "\u00e9(", "\ufeff(", "\u2028(", "\U0001F600(", "\x7f(", `a\`, `ok`} {
		mustCompile(pat, false)
		mustCompile(pat, true)
	}
	ok, err := regexp.MatchString(`a(`, "a")
	fmt.Printf("%v %q\n", ok, fmt.Sprint(err))
	ok, err = regexp.Match(`a+`, []byte("baa"))
	fmt.Printf("%v %q\n", ok, fmt.Sprint(err))
	ok, err = regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Printf("%v %q\n", ok, fmt.Sprint(err))
	ok, err = regexp.MatchReader(`b+`, strings.NewReader("abbb"))
	fmt.Printf("%v %q\n", ok, fmt.Sprint(err))
	ok, err = regexp.MatchReader(`b+(`, strings.NewReader("abbb"))
	fmt.Printf("%v %q\n", ok, fmt.Sprint(err))
	var re regexp.Regexp
	fmt.Println(re.UnmarshalText([]byte(`x(`)))
	fmt.Println(re.UnmarshalText([]byte(`x+`)), re.String(), re.MatchString("axx"))
	t, err := re.MarshalText()
	fmt.Printf("%q %v\n", t, err)
}
