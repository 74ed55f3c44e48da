package main

import (
	"fmt"
	"strings"
	"unicode"
)

func show(label string, parts []string) {
	fmt.Print(label, " n=", len(parts), " ")
	for i, p := range parts {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print("<", p, ">")
	}
	fmt.Println()
}

func main() {
	show("Split", strings.Split("a,b,c", ","))
	show("Split none", strings.Split("abc", ","))
	show("Split edges", strings.Split(",a,,b,", ","))
	show("Split empty sep", strings.Split("héllo", ""))
	show("Split empty s", strings.Split("", ","))
	show("Split empty both", strings.Split("", ""))
	show("Split multi", strings.Split("a--b--c", "--"))
	show("Split same", strings.Split("xx", "xx"))

	for n := -1; n <= 4; n++ {
		show(fmt.Sprintf("SplitN %d", n), strings.SplitN("a,b,c,d", ",", n))
	}
	show("SplitN empty sep 2", strings.SplitN("abc", "", 2))
	fmt.Println("SplitN 0 is nil:", strings.SplitN("a,b", ",", 0) == nil)

	show("SplitAfter", strings.SplitAfter("a,b,c", ","))
	show("SplitAfter edges", strings.SplitAfter(",a,", ","))
	show("SplitAfter empty sep", strings.SplitAfter("abc", ""))
	for n := -1; n <= 3; n++ {
		show(fmt.Sprintf("SplitAfterN %d", n), strings.SplitAfterN("1.2.3.4", ".", n))
	}

	show("Fields", strings.Fields("  foo bar\tbaz\n\n qux  "))
	show("Fields empty", strings.Fields(""))
	show("Fields spaces", strings.Fields(" \t\n "))
	show("Fields unicode space", strings.Fields("a\u00a0b\u2003c\u3000d"))
	show("Fields non-ascii", strings.Fields("héllo  wörld"))

	show("FieldsFunc", strings.FieldsFunc("a1b22c333d", unicode.IsDigit))
	show("FieldsFunc punct", strings.FieldsFunc("  hello, world! how;are you?", func(r rune) bool {
		return r == ' ' || r == ',' || r == '!' || r == ';' || r == '?'
	}))
	show("FieldsFunc all", strings.FieldsFunc("xxx", func(r rune) bool { return r == 'x' }))
	show("FieldsFunc none", strings.FieldsFunc("abc", func(r rune) bool { return false }))

	fmt.Println("Join", strings.Join([]string{"a", "b", "c"}, ", "))
	fmt.Println("Join one", strings.Join([]string{"only"}, ", "))
	fmt.Println("Join none", "["+strings.Join(nil, ", ")+"]")
	fmt.Println("Join empty sep", strings.Join([]string{"x", "y", "z"}, ""))
	fmt.Println("Join empties", "["+strings.Join([]string{"", "", ""}, "-")+"]")

	parts := strings.Split("k1=v1;k2=v2;k3", ";")
	for _, p := range parts {
		kv := strings.SplitN(p, "=", 2)
		if len(kv) == 2 {
			fmt.Println("key", kv[0], "value", kv[1])
		} else {
			fmt.Println("bare", kv[0])
		}
	}
	fmt.Println("roundtrip", strings.Join(strings.Split("x/y/z", "/"), "/"))
}
