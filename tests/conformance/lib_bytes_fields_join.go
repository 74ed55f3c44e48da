package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func dump(tag string, parts [][]byte) {
	fmt.Printf("%-12s nil=%-5v len=%d cap=%d", tag, parts == nil, len(parts), cap(parts))
	for _, p := range parts {
		fmt.Printf(" %q/%d", p, cap(p))
	}
	fmt.Println()
}

func show(tag string, b []byte) {
	fmt.Printf("%-12s %q nil=%v len=%d cap=%d\n", tag, b, b == nil, len(b), cap(b))
}

func main() {
	dump("ascii", bytes.Fields([]byte("  alpha beta\tgamma\n\v delta  ")))
	dump("no space", bytes.Fields([]byte("solid")))
	dump("all space", bytes.Fields([]byte(" \t\r\n\f ")))
	dump("nil", bytes.Fields(nil))
	dump("unicode", bytes.Fields([]byte("\u00a0one\u2003two\u0085three \xff four")))
	dump("trailing", bytes.Fields([]byte("x y")))

	var calls []rune
	isComma := func(r rune) bool {
		calls = append(calls, r)
		return r == ',' || r == ';'
	}
	dump("func", bytes.FieldsFunc([]byte(",a;;bé,\xffc,"), isComma))
	fmt.Printf("%q\n", calls)
	dump("func none", bytes.FieldsFunc([]byte(",;,"), isComma))
	dump("func digits", bytes.FieldsFunc([]byte("ab12cd345e"), unicode.IsDigit))

	f := bytes.Fields([]byte("one two"))
	f[0] = append(f[0], 'X')
	fmt.Printf("%q\n", f)

	show("join0", bytes.Join(nil, []byte(",")))
	show("join1", bytes.Join([][]byte{[]byte("solo")}, []byte(",")))
	show("join1 empty", bytes.Join([][]byte{{}}, []byte(",")))
	show("join1 nil", bytes.Join([][]byte{nil}, []byte(",")))
	show("join3", bytes.Join([][]byte{[]byte("a"), []byte("bb"), []byte("ccc")}, []byte(", ")))
	show("join empties", bytes.Join([][]byte{nil, {}, nil}, nil))
	show("join nil sep", bytes.Join([][]byte{[]byte("x"), []byte("y")}, nil))
	show("join long", bytes.Join([][]byte{bytes.Repeat([]byte("ab"), 20), []byte("!")}, []byte("-")))

	orig := []byte("shared")
	j := bytes.Join([][]byte{orig}, nil)
	j[0] = 'S'
	fmt.Printf("%s %s\n", orig, j)

	parts := bytes.Split([]byte("1 2 3"), []byte(" "))
	show("rejoin", bytes.Join(parts, []byte("+")))
}
