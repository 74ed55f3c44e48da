package main

import (
	"fmt"
	"regexp"
	"strings"
)

type rc struct{ pat, repl, in string }

var replaceCases = []rc{
	{`a*`, "x", "baaac"}, {`a*`, "x", ""}, {`a*`, "-", "aaa"}, {`x*`, "-", "abc"}, {`b*`, "-", "abc"},
	{`a+`, "<$0>", "baaac aa"}, {`(a)(b)?`, "[$2$1]", "ab a"}, {`(a)(b)?`, "[${2}x${1}]", "ab a"},
	{`(?P<first>\w+) (?P<last>\w+)`, "$last, $first", "John Smith"},
	{`(?P<first>\w+) (?P<last>\w+)`, "${last}_${first}", "Ada Lovelace"},
	{`(\w+)`, "$1x", "hello world"}, {`(\w+)`, "${1}x", "hello world"}, {`(\w+)`, "$$1", "hi"},
	{`(\w+)`, "$", "hi"}, {`(\w+)`, "$}", "hi"}, {`(\w+)`, "${1", "hi"}, {`(\w+)`, "${}", "hi"},
	{`(\w+)`, "$2", "hi"}, {`(\w+)`, "$01", "hi"}, {`(\w+)`, "$00", "hi"}, {`(\w+)`, "${0}", "hi"},
	{`(\w+)`, "$999999999", "hi"}, {`(\w+)`, "$name", "hi"}, {`(\w+)`, "$é", "hi"}, {`(\w+)`, "$1é", "hi"},
	{`(a)|(b)`, "[$1|$2]", "abc"}, {`(?P<x>a)|(?P<x>b)`, "[$x]", "abc"},
	{`\s+`, " ", "a  b \t\n c"}, {``, "-", "abc"}, {``, "-", "日本"}, {`(?:)`, "-", ""},
	{`b`, "$0$0", "abcbd"}, {`(b)`, "${1}${1}", "abcbd"}, {`.`, "x", "\xff\xfe日"}, {`x*`, "-", "\xffx\xff"},
	{`^`, ">", "abc"}, {`$`, "<", "abc"}, {`(?m)^`, ">", "a\nb\nc"}, {`(?m)$`, "<", "a\nb\n"}, {`\b`, "|", "ab cd"},
	{`a|ab`, "X", "abab"}, {`[aeiou]`, "", "education"},
}

type sc struct {
	pat, in string
	n       int
}

var splitCases = []sc{
	{`a*`, "baaac", -1}, {`a`, "banana", -1}, {`a`, "banana", 0}, {`a`, "banana", 1}, {`a`, "banana", 2},
	{`a`, "banana", 3}, {`a`, "banana", 10}, {``, "abc", -1}, {``, "abc", 2}, {``, "", -1}, {`x`, "", -1},
	{`x*`, "", -1}, {`,`, "a,b,,c,", -1}, {`,`, ",", -1}, {`\s*`, "a b  c", -1}, {`z+`, "abc", -1},
	{`b`, "bbb", -1}, {`(b)`, "abc", -1}, {`^`, "abc", -1}, {`$`, "abc", -1}, {`.`, "日本語", -1}, {`x*`, "日本語", -1},
	{`(?m)^`, "a\nb\nc", -1}, {`a*`, "", -1}, {`a*`, "a", -1}, {`\b`, "ab cd", -1},
}

func main() {
	for _, c := range replaceCases {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%q %q %q\n", c.pat, c.repl, c.in)
		fmt.Printf("  All %q\n", re.ReplaceAllString(c.in, c.repl))
		fmt.Printf("  Lit %q\n", re.ReplaceAllLiteralString(c.in, c.repl))
		fmt.Printf("  Bytes %q %q\n", re.ReplaceAll([]byte(c.in), []byte(c.repl)), re.ReplaceAllLiteral([]byte(c.in), []byte(c.repl)))
		calls := 0
		f := re.ReplaceAllStringFunc(c.in, func(s string) string {
			calls++
			return "<" + strings.ToUpper(s) + ">"
		})
		fb := re.ReplaceAllFunc([]byte(c.in), func(b []byte) []byte {
			return append([]byte("{"), append(b, '}')...)
		})
		fmt.Printf("  Func %q %d %q\n", f, calls, fb)
		var dst []byte
		for _, m := range re.FindAllStringSubmatchIndex(c.in, -1) {
			dst = re.ExpandString(dst, c.repl, c.in, m)
			dst = append(dst, '|')
		}
		fmt.Printf("  Expand %q\n", dst)
		if m := re.FindSubmatchIndex([]byte(c.in)); m != nil {
			fmt.Printf("  Expand1 %q\n", re.Expand([]byte("pre:"), []byte(c.repl), []byte(c.in), m))
		}
	}
	for _, c := range splitCases {
		re := regexp.MustCompile(c.pat)
		s := re.Split(c.in, c.n)
		fmt.Printf("split %q %q %d: %q %d %v\n", c.pat, c.in, c.n, s, len(s), s == nil)
	}
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w+)`)
	fmt.Printf("%q\n", re.ExpandString(nil, "$key is $value; ${key}s $$ $3 $", "a=1", []int{0, 3, 0, 1, 2, 3}))
	fmt.Printf("%q\n", re.ExpandString([]byte("x"), "[$1][$2]", "a=1", []int{0, 3, -1, -1}))
	fmt.Printf("%q\n", re.ExpandString(nil, "[$1][$2]", "a=1", nil))
	for _, s := range []string{"", "abc", `a.b*c+d?e(f)g|h[i]j{k}l^m$n\o`, "日本.語", "\\", "\xff.", "1.5-2.0?"} {
		q := regexp.QuoteMeta(s)
		re, err := regexp.Compile(q)
		if err != nil {
			fmt.Printf("quote %q -> %q %q\n", s, q, err.Error())
			continue
		}
		fmt.Printf("quote %q -> %q %v\n", s, q, re.MatchString(s))
	}
}
