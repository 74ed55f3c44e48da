package main

import (
	"bytes"
	"fmt"
)

func show(tag string, b []byte) {
	fmt.Printf("%-14s %-24q nil=%-5v len=%2d cap=%2d\n", tag, b, b == nil, len(b), cap(b))
}

func try(tag string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", tag, r)
		}
	}()
	f()
}

func main() {
	s := []byte("oink oink oink")
	show("n=-1", bytes.Replace(s, []byte("k"), []byte("ky"), -1))
	show("n=2", bytes.Replace(s, []byte("oink"), []byte("moo"), 2))
	show("n=0", bytes.Replace(s, []byte("oink"), []byte("moo"), 0))
	show("none", bytes.Replace(s, []byte("xyz"), []byte("moo"), -1))
	show("same", bytes.Replace(s, []byte("oink"), []byte("oink"), -1))
	show("all", bytes.ReplaceAll(s, []byte(" "), nil))
	show("empty old", bytes.Replace([]byte("héy"), nil, []byte("."), -1))
	show("empty old 2", bytes.Replace([]byte("a\xffb"), []byte{}, []byte("|"), 2))
	show("empty s", bytes.Replace(nil, nil, []byte("x"), -1))
	show("empty s none", bytes.Replace([]byte{}, []byte("a"), []byte("b"), -1))
	show("nil s n=0", bytes.Replace(nil, []byte("a"), []byte("b"), 0))
	show("shrink", bytes.ReplaceAll([]byte("aaaa"), []byte("aa"), []byte("b")))

	r := bytes.Replace(s, []byte("zzz"), nil, -1)
	r[0] = 'O'
	fmt.Printf("%s | %s\n", s, r)

	show("rep 0", bytes.Repeat([]byte("ab"), 0))
	show("rep 1", bytes.Repeat([]byte("ab"), 1))
	show("rep 3", bytes.Repeat([]byte("ab"), 3))
	show("rep nil", bytes.Repeat(nil, 5))
	show("rep 0 nil", bytes.Repeat(nil, 0))
	show("rep 7", bytes.Repeat([]byte("xyz"), 7))
	big := bytes.Repeat([]byte("0123456789"), 1000)
	fmt.Println(len(big), cap(big), string(big[9990:]), bytes.Count(big, []byte("90")))
	try("negative", func() { bytes.Repeat([]byte("a"), -1) })
	try("negative empty", func() { bytes.Repeat(nil, -2) })
	try("overflow", func() { bytes.Repeat([]byte("ab"), 1<<62) })

	show("clone nil", bytes.Clone(nil))
	show("clone empty", bytes.Clone([]byte{}))
	show("clone", bytes.Clone([]byte("hello")))
	show("clone 17", bytes.Clone([]byte("seventeen bytes!!")))
	c := []byte("orig")
	d := bytes.Clone(c)
	d[0] = 'O'
	fmt.Printf("%s %s\n", c, d)

	words := [][]byte{nil, {}, []byte("a"), []byte("ab"), []byte("b"), []byte("\xff"), []byte("a\x00")}
	for _, x := range words {
		for _, y := range words {
			fmt.Printf("%2d", bytes.Compare(x, y))
		}
		fmt.Print(" |")
		for _, y := range words {
			if bytes.Equal(x, y) {
				fmt.Print(" T")
			} else {
				fmt.Print(" F")
			}
		}
		fmt.Println()
	}
}
