package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "a\xffb\xc3\xa9c\xe2\x82"
	fmt.Println("len", len(s))
	fmt.Printf("hex %x\n", s)

	for i, r := range s {
		fmt.Printf("range %d %x\n", i, r)
	}

	fmt.Println("Index ff", strings.Index(s, "\xff"), strings.IndexByte(s, 0xff), strings.IndexRune(s, 0xFFFD))
	fmt.Println("LastIndex", strings.LastIndex(s, "c"), strings.LastIndexByte(s, 0x82), strings.LastIndexAny(s, "\uFFFD"))
	fmt.Println("IndexAny", strings.IndexAny(s, "\uFFFD"), strings.IndexAny(s, "é"), strings.IndexAny(s, "\xff"))
	fmt.Println("ContainsAny", strings.ContainsAny(s, "\uFFFD"), strings.ContainsAny("abc", "\uFFFD"))
	fmt.Println("Count", strings.Count(s, ""), strings.Count(s, "\xff"))

	parts := strings.Split(s, "")
	fmt.Println("Split empty sep count", len(parts))
	for _, p := range parts {
		fmt.Printf("%x ", p)
	}
	fmt.Println()

	fields := strings.Fields("x\xff y \xfe\xfd z")
	for _, f := range fields {
		fmt.Printf("field %x\n", f)
	}

	u := strings.ToUpper(s)
	fmt.Printf("ToUpper %x\n", u)
	l := strings.ToLower("\xffÉ\xfe")
	fmt.Printf("ToLower %x\n", l)

	m := strings.Map(func(r rune) rune {
		if r == 0xFFFD {
			return '?'
		}
		return r
	}, s)
	fmt.Println("Map", m)

	fmt.Println("EqualFold", strings.EqualFold("\xff", "\uFFFD"), strings.EqualFold("\xff", "\xff"))
	fmt.Println("HasPrefix", strings.HasPrefix(s, "a\xff"), strings.HasSuffix(s, "\x82"))

	r := strings.Repeat("\xff", 3)
	fmt.Printf("Repeat %x\n", r)
	j := strings.Join([]string{"\xff", "\xfe"}, "\xc3")
	fmt.Printf("Join %x\n", j)

	t := strings.TrimSpace(" \xff ")
	fmt.Printf("TrimSpace %x\n", t)
	before, after, found := strings.Cut(s, "\xff")
	fmt.Printf("Cut %x %x %t\n", before, after, found)

	var b strings.Builder
	b.WriteByte(0xff)
	b.WriteRune(0xFFFD)
	b.WriteString("\xfe")
	fmt.Printf("Builder %x %d\n", b.String(), b.Len())

	conv := []rune(s)
	fmt.Println("runes", len(conv))
	for _, c := range conv {
		fmt.Printf("%x ", c)
	}
	fmt.Println()
	back := string(conv)
	fmt.Printf("back %x\n", back)
}
