package main

import (
	"fmt"
	"regexp"
)

type tc struct{ pat, in string }

var cases = []tc{
	{`a+?`, "aaa"}, {`a|ab`, "abc"}, {`ab|a`, "abc"}, {`(a|ab)(c|bcd)(d*)`, "abcd"}, {`(a+)(b+)?`, "aaabbb"},
	{`(a*)(a*)`, "aaa"}, {`(a*?)(a*)`, "aaa"}, {`(a|b)*`, "abab"}, {`(a|ab)*`, "abab"}, {`(ab|a)*`, "abab"},
	{`x*|y+`, "yyy"}, {`(a*)+`, "aa"}, {`(a*)*`, "aa"}, {`(a?)+`, "aa"}, {`(a|)+`, "aa"}, {`()+`, "x"},
	{`(.*)(.*)`, "abc"}, {`(.*?)(.*)`, "abc"}, {`(a)|(ab)|(abc)`, "abcd"}, {`(abc)|(ab)|(a)`, "abcd"},
	{`\w+|\w+ \w+`, "hello world"}, {`[0-9]+|[0-9]+\.[0-9]+`, "3.14 and 2"}, {`(foo|foobar)(bar)?`, "foobar"},
	{`(a)(b)?|(ab)`, "ab"}, {`a*b|a`, "aaa"}, {`(?U)a+`, "aaa"}, {`(?:a|aa)(?:aa|a)`, "aaaa"}, {`(a+|b+)*c`, "aabbc"},
	{`((a)|b)+`, "ab"}, {`(a?)((ab)?)(b?)`, "ab"}, {`(.?)(.?)(.?)`, "ab"}, {`(?:(a)|(ab))(c|bcd)`, "abcd"},
	{`$|a`, "a"}, {`^|a`, "ba"}, {`\b|a`, "a"}, {`x*`, "xxyxx"}, {`y*|x*`, "xxyxx"},
}

func main() {
	for _, c := range cases {
		perl := regexp.MustCompile(c.pat)
		longest := regexp.MustCompile(c.pat)
		longest.Longest()
		fmt.Printf("%q %q\n  perl    %v %v\n  longest %v %v\n", c.pat, c.in,
			perl.FindStringSubmatchIndex(c.in), perl.FindAllStringSubmatchIndex(c.in, -1),
			longest.FindStringSubmatchIndex(c.in), longest.FindAllStringSubmatchIndex(c.in, -1))
		if posix, err := regexp.CompilePOSIX(c.pat); err == nil {
			fmt.Printf("  posix   %v %q %q\n", posix.FindStringSubmatchIndex(c.in), posix.FindAllString(c.in, -1),
				posix.ReplaceAllString(c.in, "<$0>"))
		} else {
			fmt.Println("  posix  ", err)
		}
	}
}
