package main

import "fmt"

var formats = []string{
	"%d %s", "%d%s", "%d,%s", "%d\n%s", "%d \n %s", " %d %s ", "%2d%s", "%s %d",
	"%v %v", "%x %s", "%c%s", "%q %d", "%f %s", "%d%%%s", "%1s%1s", "%3c%s",
	"a%db%s", "%d\n\n%s", "%t %s", "%o%s", "%X%s", "%U %s", "%e%s", "%5v%v",
}

var inputs = []string{
	"", " ", "\n", "1 2", "12 ab", "12ab", "12,ab", "12\nab", "12 \n ab", "12\n\nab",
	" 12 ab ", "-7 x", "0x1f rest", "ff 1", `"q" 3`, "1.5 z", "5% y", "a1bz", "true x",
	"U+41 u", "日本 1", "\t3\t4", "1e3 e", "\r\n1 2", "a b", "12 ab\n", "%",
}

func main() {
	for _, f := range formats {
		for _, in := range inputs {
			var i int
			var s string
			var fl float64
			var b bool
			var a []any
			switch f {
			case "%s %d":
				a = []any{&s, &i}
			case "%v %v", "%5v%v", "%1s%1s":
				a = []any{&s, &s}
			case "%q %d":
				a = []any{&s, &i}
			case "%f %s", "%e%s":
				a = []any{&fl, &s}
			case "%t %s":
				a = []any{&b, &s}
			default:
				a = []any{&i, &s}
			}
			n, err := fmt.Sscanf(in, f, a...)
			fmt.Printf("%q %q: %d %v | %d %q %v %v\n", f, in, n, err, i, s, fl, b)
		}
	}
}
