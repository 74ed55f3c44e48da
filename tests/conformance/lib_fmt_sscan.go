package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type pt struct{ x, y int }

func mk(kinds string) []any {
	var a []any
	for _, k := range strings.Fields(kinds) {
		switch k {
		case "int":
			a = append(a, new(int))
		case "i8":
			a = append(a, new(int8))
		case "i16":
			a = append(a, new(int16))
		case "i32":
			a = append(a, new(int32))
		case "i64":
			a = append(a, new(int64))
		case "uint":
			a = append(a, new(uint))
		case "u8":
			a = append(a, new(uint8))
		case "u16":
			a = append(a, new(uint16))
		case "u32":
			a = append(a, new(uint32))
		case "u64":
			a = append(a, new(uint64))
		case "uptr":
			a = append(a, new(uintptr))
		case "f32":
			a = append(a, new(float32))
		case "f64":
			a = append(a, new(float64))
		case "c64":
			a = append(a, new(complex64))
		case "c128":
			a = append(a, new(complex128))
		case "str":
			a = append(a, new(string))
		case "bytes":
			a = append(a, new([]byte))
		case "bool":
			a = append(a, new(bool))
		case "struct":
			a = append(a, new(pt))
		case "nonptr":
			a = append(a, 5)
		}
	}
	return a
}

func show(a []any) string {
	var parts []string
	for _, x := range a {
		var s string
		switch p := x.(type) {
		case *int:
			s = fmt.Sprint(*p)
		case *int8:
			s = fmt.Sprint(*p)
		case *int16:
			s = fmt.Sprint(*p)
		case *int32:
			s = fmt.Sprint(*p)
		case *int64:
			s = fmt.Sprint(*p)
		case *uint:
			s = fmt.Sprint(*p)
		case *uint8:
			s = fmt.Sprint(*p)
		case *uint16:
			s = fmt.Sprint(*p)
		case *uint32:
			s = fmt.Sprint(*p)
		case *uint64:
			s = fmt.Sprint(*p)
		case *uintptr:
			s = fmt.Sprint(*p)
		case *float32:
			s = fmt.Sprint(*p)
		case *float64:
			s = fmt.Sprint(*p)
		case *complex64:
			s = fmt.Sprint(*p)
		case *complex128:
			s = fmt.Sprint(*p)
		case *string:
			s = fmt.Sprintf("%q", *p)
		case *[]byte:
			s = fmt.Sprintf("%q(nil=%v)", *p, *p == nil)
		case *bool:
			s = fmt.Sprint(*p)
		case *pt:
			s = fmt.Sprint(*p)
		default:
			s = fmt.Sprint(p)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

type tc struct {
	in    string
	kinds string
}

var cases = []tc{
	{"", "int"},
	{"   ", "int"},
	{"42", "int"},
	{"  -42  ", "int"},
	{"+7", "int"},
	{"1 2 3", "int int int"},
	{"1\n2\n\n3", "int int int"},
	{"1\r\n2", "int int"},
	{"1 2", "int int int"},
	{"1 2 3", "int int"},
	{"abc", "int"},
	{"-", "int"},
	{"--1", "int"},
	{"12abc", "int str"},
	{"0x1F 0X1f 0b101 0o17 017 0", "int int int int int int"},
	{"0x 1", "int int"},
	{"0b2", "int"},
	{"08", "int int"},
	{"1_000 0x_ff 1__0", "int int int"},
	{"_1", "int"},
	{"9223372036854775807 -9223372036854775808", "int int"},
	{"9223372036854775808", "int"},
	{"127 -128 128", "i8 i8 i8"},
	{"32767 32768", "i16 i16"},
	{"2147483647 2147483648", "i32 i32"},
	{"255 256", "u8 u8"},
	{"-1", "uint"},
	{"+1", "uint"},
	{"18446744073709551615 18446744073709551616", "u64 u64"},
	{"65535 65536", "u16 u16"},
	{"4294967295 4294967296", "u32 u32"},
	{"123 0x10", "uptr uptr"},
	{"1.5 -2.25e3 1e-2 .5 5.", "f64 f64 f64 f64 f64"},
	{"nan NaN -Inf +inf inf", "f64 f64 f64 f64 f64"},
	{"infinity", "f64 str"},
	{"nAn", "f32"},
	{"0x1.8p1 0X1P-2 0x10", "f64 f64 f64"},
	{"1.5p3 3p-1 1e", "f64 f64 f64"},
	{"1p", "f64"},
	{"1p1_0", "f64"},
	{"1_000.5 1__0", "f64 f64"},
	{"1e400 3.4e39", "f64 f32"},
	{"3.4028235e38 1e-50", "f32 f32"},
	{"0.1 0.1", "f32 f64"},
	{"abc", "f64"},
	{".", "f64"},
	{"-", "f64"},
	{"1.2.3", "f64 str"},
	{"1+2i (3-4i) -1.5e1+0.5i", "c128 c128 c128"},
	{"1+2i", "c64"},
	{"(1+2i", "c128"},
	{"1", "c128"},
	{"1+2", "c128"},
	{"1+2j", "c128"},
	{"nan+infi", "c128"},
	{"1e400+1i", "c64"},
	{"hello world", "str str"},
	{"héllo\u00a0wörld\u2003x", "str str str"},
	{"  a\tb\nc", "str str str"},
	{"abc", "bytes"},
	{"", "bytes"},
	{"one", "str str"},
	{"true false T F 1 0 TRUE False tRuE", "bool bool bool bool bool bool bool bool bool"},
	{"tru", "bool"},
	{"fals", "bool"},
	{"tx", "bool str"},
	{"yes", "bool str"},
	{"2", "bool int"},
	{"1 2", "struct"},
	{"1", "nonptr"},
	{"7 x", "int nonptr"},
	{"\xff1", "str"},
	{"\xff 1", "int"},
	{"\xe4\xb8 1", "str int"},
	{"a\x80b", "str"},
	{"日本 語", "str str"},
	{"x\u2028y\u3000z\u0085w", "str str str str"},
	{"1\u16802", "int int"},
	{"\r", "int"},
	{"1\r", "int int"},
	{"a\rb", "str str"},
}

var lncases = []tc{
	{"1 2\n", "int int"},
	{"1 2", "int int"},
	{"1\n2", "int int"},
	{"\n1", "int"},
	{"1 2 3\n", "int int"},
	{"1 2  \n", "int int"},
	{"1 2 \r\n", "int int"},
	{"1 2\r\n", "int int"},
	{"", "int"},
	{"  ", "int"},
	{"\n", "int"},
	{"abc def", "str str"},
	{"abc\ndef", "str str"},
	{"x", "int"},
	{"", ""},
	{"  \n junk", ""},
	{"junk", ""},
	{"1 2x", "int int"},
	{"1\r2", "int int"},
	{"true\n", "bool"},
}

func main() {
	for _, c := range cases {
		a := mk(c.kinds)
		n, err := fmt.Sscan(c.in, a...)
		fmt.Printf("Sscan(%q) [%s]: n=%d err=%v vals=%s\n", c.in, c.kinds, n, err, show(a))
	}
	for _, c := range lncases {
		a := mk(c.kinds)
		n, err := fmt.Sscanln(c.in, a...)
		fmt.Printf("Sscanln(%q) [%s]: n=%d err=%v vals=%s\n", c.in, c.kinds, n, err, show(a))
	}
	// Errors are the values Go's packages export.
	var x int
	_, err := fmt.Sscan("", &x)
	fmt.Println(err == io.EOF, errors.Is(err, io.EOF))
	var s string
	_, err = fmt.Sscan("", &s)
	fmt.Println(err == io.EOF)
	_, err = fmt.Sscan("99999999999999999999", &x)
	fmt.Printf("%v\n", err)
	var ne interface{ Unwrap() error }
	if errors.As(err, &ne) {
		fmt.Println("unwraps to", ne.Unwrap())
	}
	// No operands.
	n, err := fmt.Sscan("1 2")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2")
	fmt.Println(n, err)
	// Values keep what was stored before the error.
	var a, b, c int
	n, err = fmt.Sscan("5 6 x", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	// A rune is an int32.
	var r rune
	n, err = fmt.Sscan("65", &r)
	fmt.Println(n, err, r)
	var by byte
	n, err = fmt.Sscan("200", &by)
	fmt.Println(n, err, by)
	// Spread.
	args := []any{&a, &s}
	n, err = fmt.Sscan("11 eleven", args...)
	fmt.Println(n, err, a, s)
}
