package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("chicken kitchen \xff héllo 世界 \xef\xbf\xbd end")
	for _, sep := range []string{"", "k", "ken", "chicken", "xyz", "\xff", "é", "界 ", "end", "d"} {
		b := []byte(sep)
		fmt.Printf("%-8q idx=%2d last=%2d count=%2d contains=%v\n", sep,
			bytes.Index(s, b), bytes.LastIndex(s, b), bytes.Count(s, b), bytes.Contains(s, b))
	}
	fmt.Println(bytes.Index(nil, nil), bytes.LastIndex(nil, nil), bytes.Count(nil, nil), bytes.Count([]byte("héllo"), nil))
	fmt.Println(bytes.Index([]byte("ab"), []byte("abc")), bytes.LastIndex([]byte("ab"), []byte("abc")), bytes.Index([]byte("abc"), []byte("abc")))
	fmt.Println(bytes.Count([]byte("aaaaa"), []byte("aa")), bytes.Count([]byte("aaaaa"), []byte("a")), bytes.Count([]byte("\xff\xfe"), []byte{}))

	for _, c := range []byte{'c', 'n', ' ', 0xff, 'z'} {
		fmt.Printf("byte %q first=%d last=%d\n", c, bytes.IndexByte(s, c), bytes.LastIndexByte(s, c))
	}
	for _, r := range []rune{'k', 'é', '界', 0xFFFD, -1, 0x110000, 0xD800, 'Z'} {
		fmt.Printf("rune %U idx=%d contains=%v\n", r, bytes.IndexRune(s, r), bytes.ContainsRune(s, r))
	}
	fmt.Println(bytes.IndexRune([]byte("ok\xef\xbf\xbd"), 0xFFFD), bytes.IndexRune([]byte("a\xed\xa0\x80"), 0xFFFD))

	for _, chars := range []string{"", "xyz", "kz", "é", "界é", "\xff", "\x80", "\ufffd", "qrs\xffw", "nd", "hello"} {
		fmt.Printf("any %-12q first=%2d last=%2d contains=%v\n", chars,
			bytes.IndexAny(s, chars), bytes.LastIndexAny(s, chars), bytes.ContainsAny(s, chars))
	}
	one := []byte{0xc3}
	fmt.Println(bytes.IndexAny(one, "\xff"), bytes.IndexAny(one, "a"), bytes.LastIndexAny(one, "\ufffd"), bytes.IndexAny(nil, "a"))
	long := []byte("0123456789abcdefXYZ")
	fmt.Println(bytes.IndexAny(long, "fedX"), bytes.LastIndexAny(long, "0aX"), bytes.IndexAny(long, "é"), bytes.LastIndexAny(long, "éZ"))

	calls := 0
	upper := func(r rune) bool {
		calls++
		return r >= 'A' && r <= 'Z'
	}
	text := []byte("abcDefGhi")
	fmt.Println(bytes.IndexFunc(text, upper), calls)
	calls = 0
	fmt.Println(bytes.LastIndexFunc(text, upper), calls)
	calls = 0
	fmt.Println(bytes.ContainsFunc([]byte("lower only"), upper), calls)
	var seen []rune
	log := func(r rune) bool {
		seen = append(seen, r)
		return r == 0xFFFD
	}
	fmt.Println(bytes.IndexFunc([]byte("aé\xffb"), log), bytes.LastIndexFunc([]byte("x\xe4\xb8y"), log))
	fmt.Printf("%q\n", seen)
	fmt.Println(bytes.IndexFunc(nil, upper), bytes.LastIndexFunc([]byte{}, upper))
}
