package main

import (
	"bytes"
	"fmt"
)

func show(tag string, b []byte) {
	fmt.Printf("%-12s %-16q nil=%-5v len=%d cap=%d\n", tag, b, b == nil, len(b), cap(b))
}

func main() {
	line := []byte("name=gopher=yes")
	before, after, found := bytes.Cut(line, []byte("="))
	show("before", before)
	show("after", after)
	fmt.Println(found)
	before, after, found = bytes.Cut(line, []byte(":"))
	show("miss before", before)
	show("miss after", after)
	fmt.Println(found)
	before, after, found = bytes.Cut(line, nil)
	show("empty before", before)
	show("empty after", after)
	fmt.Println(found)
	before, after, found = bytes.Cut(nil, []byte("x"))
	fmt.Println(before == nil, after == nil, found)
	before, after, found = bytes.Cut([]byte("abc"), []byte("c"))
	show("end before", before)
	show("end after", after)

	after[:1][0] = 'Z'
	fmt.Printf("%q\n", line)
	before, _, _ = bytes.Cut(line, []byte("="))
	before = append(before, '#')
	fmt.Printf("%q\n", line)

	rest, ok := bytes.CutPrefix(line, []byte("name"))
	show("CutPrefix", rest)
	fmt.Println(ok)
	rest, ok = bytes.CutPrefix(line, []byte("gopher"))
	show("CutPrefix no", rest)
	fmt.Println(ok)
	rest, ok = bytes.CutSuffix(line, []byte("yes"))
	show("CutSuffix", rest)
	fmt.Println(ok)
	rest, ok = bytes.CutSuffix(line, []byte("no"))
	show("CutSuffix no", rest)
	fmt.Println(ok)
	rest, ok = bytes.CutPrefix(nil, nil)
	fmt.Println(rest == nil, ok)
	rest, ok = bytes.CutSuffix([]byte{}, nil)
	fmt.Println(rest == nil, ok, len(rest))

	tests := [][2]string{{"gopher", "go"}, {"gopher", "her"}, {"go", "gopher"}, {"", ""}, {"x", ""}, {"\xff", "\xff"}}
	for _, t := range tests {
		s, p := []byte(t[0]), []byte(t[1])
		fmt.Printf("%q %q prefix=%v suffix=%v\n", t[0], t[1], bytes.HasPrefix(s, p), bytes.HasSuffix(s, p))
	}
	fmt.Println(bytes.HasPrefix(nil, nil), bytes.HasSuffix(nil, []byte("a")))

	text := []byte("key: value")
	if k, v, ok := bytes.Cut(text, []byte(": ")); ok {
		fmt.Printf("%s -> %s (%d %d)\n", bytes.ToUpper(k), v, cap(k), cap(v))
	}
}
