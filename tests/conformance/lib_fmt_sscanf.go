package main

import (
	"fmt"
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

type fc struct {
	in     string
	format string
	kinds  string
}

var cases = []fc{
	{"12 34", "%d %d", "int int"},
	{"12 34", "%d%d", "int int"},
	{"12,34", "%d,%d", "int int"},
	{"12 ,34", "%d,%d", "int int"},
	{"12, 34", "%d,%d", "int int"},
	{"12, 34", "%d, %d", "int int"},
	{"12,34", "%d, %d", "int int"},
	{"12 34", "%d  %d", "int int"},
	{"12\n34", "%d %d", "int int"},
	{"12\n34", "%d\n%d", "int int"},
	{"12 \n 34", "%d\n%d", "int int"},
	{"12 34", "%d\n%d", "int int"},
	{"12\n\n34", "%d\n%d", "int int"},
	{"12\n\n34", "%d\n\n%d", "int int"},
	{"12\n", "%d\n", "int"},
	{"12", "%d\n", "int"},
	{"12\n", "%d", "int"},
	{"12\n", "%d ", "int"},
	{"12", "%d ", "int"},
	{"x:5", "x:%d", "int"},
	{"y:5", "x:%d", "int"},
	{"x 5", "x:%d", "int"},
	{"", "x:%d", "int"},
	{"5", "%d%%", "int"},
	{"5%", "%d%%", "int"},
	{"5 %", "%d%%", "int"},
	{"5x", "%d%%", "int"},
	{"100%", "%d%%", "int"},
	{"%5", "%%%d", "int"},
	{"1", "%d %", "int"},
	{"1", "%", ""},
	{"1 2", "%d", "int int"},
	{"1 2", "%d %d", "int"},
	{"1", "%d %d", "int int"},
	{"", "", ""},
	{"abc", "", ""},
	{"", "", "int"},
	{"abc", "abc", ""},
	{"abd", "abc", ""},
	{"12345", "%3d%d", "int int"},
	{"12345", "%2d%2d%d", "int int int"},
	{"-12345", "%3d%d", "int int"},
	{"abcdef", "%3s%s", "str str"},
	{"ab cdef", "%3s%s", "str str"},
	{"héllo", "%2s%s", "str str"},
	{"1.2345", "%4f%f", "f64 f64"},
	{"1.5e10", "%3g%s", "f64 str"},
	{"true", "%2t%s", "bool str"},
	{"  42", "%5d", "int"},
	{"ff FF 1010 777 -ff", "%x %X %b %o %x", "int int int int int"},
	{"0x10", "%x", "int"},
	{"0x10", "%d", "int str"},
	{"0x10", "%v", "int"},
	{"12", "%b", "int str"},
	{"U+1F600 U+41", "%U %U", "i32 int"},
	{"1F600", "%U", "i32"},
	{"U1F600", "%U", "i32"},
	{"abc", "%c%c%c", "i32 i32 i32"},
	{"a b", "%c%c%c", "i32 i32 i32"},
	{" x", "%c", "i32"},
	{"\nx", "%c", "i32"},
	{"日本", "%c%c", "i32 int"},
	{"é", "%c", "i8"},
	{"ÿ", "%c", "u8"},
	{"A", "%c", "u8"},
	{"", "%c", "i32"},
	{"x", "%3c", "i32"},
	{"abc", "%q", "str"},
	{`"abc" rest`, "%q %s", "str str"},
	{`"a\"b\\c\n"`, "%q", "str"},
	{"`raw \\ text`", "%q", "str"},
	{"`unterminated", "%q", "str"},
	{`"unterminated`, "%q", "str"},
	{`"bad \z"`, "%q", "str"},
	{`"\u00e9\x41\101"`, "%q", "str"},
	{"48656c6c6f world", "%x %s", "str str"},
	{"48656C6C6F", "%X", "bytes"},
	{"4", "%x", "str"},
	{"4g", "%x", "str"},
	{"zz", "%x", "str"},
	{"", "%x", "str"},
	{"4865 6c", "%x%x", "str str"},
	{"abc", "%d", "str"},
	{"abc", "%c", "str"},
	{"1", "%s", "int"},
	{"1", "%f", "int"},
	{"1", "%q", "int"},
	{"1", "%d", "f64"},
	{"1", "%x", "f32"},
	{"1", "%d", "c128"},
	{"t", "%d", "bool"},
	{"t", "%s", "bool"},
	{"1.5 2.5 3.5 4.5 5.5 6.5 7.5", "%e %E %f %F %g %G %v", "f64 f64 f64 f64 f64 f64 f64"},
	{"1.5", "%b", "f64"},
	{"(1+2i)", "%v", "c64"},
	{"(1+2i)", "%g", "c128"},
	{"true false", "%t %v", "bool bool"},
	{"abc", "%v", "bytes"},
	{"1", "%z", "int"},
	{"1", "%5", "int"},
	{"1", "%5d", ""},
	{"12", "%d%", "int"},
	{"7", "%1000000000d", "int"},
	{"7", "%99999999d", "int"},
	{"x", "%!", "int"},
	{"1 2", "%d\t%d", "int int"},
	{"1\t2", "%d %d", "int int"},
	{"1\u30002", "%d %d", "int int"},
	{"1 \n2", "%d \n %d", "int int"},
	{"1\r\n2", "%d\n%d", "int int"},
	{"1\r\n2", "%d %d", "int int"},
	{"1\n", "%d\n\n", "int"},
	{"1", "%d\n\n", "int"},
	{"a\nb", "%s %s", "str str"},
	{"a\nb", "%s\n%s", "str str"},
	{"a b", "%s\n%s", "str str"},
	{"\n5", "%d", "int"},
	{"\n5", "\n%d", "int"},
	{" \n 5", "\n%d", "int"},
	{"5", "\n%d", "int"},
	{"日本5", "日本%d", "int"},
	{"日x5", "日本%d", "int"},
	{"12 34", " %d %d ", "int int"},
	{"-0x1F +0b11", "%v %v", "int int"},
	{"0x1F", "%v", "uint"},
	{"-5", "%d", "uint"},
	{"128", "%d", "i8"},
	{"1 2", "%d %d", "int struct"},
	{"1", "%d", "nonptr"},
	{"1e5", "%e", "f32"},
	{"inf", "%f", "f32"},
	{"abc", "%3s%3s", "str str"},
	{"ab", "%5s", "str"},
	{"ab", "%0s", "str"},
	{"12", "%0d", "int"},
	{"true", "%1t", "bool"},
	{"tr", "%2t", "bool"},
	{"ffff", "%2x%2x", "u8 u8"},
	{"ffff", "%2x%2x", "str str"},
	{`"ab"`, "%3q", "str"},
	{"1+2i", "%3v", "c128"},
}

func main() {
	for _, c := range cases {
		a := mk(c.kinds)
		n, err := fmt.Sscanf(c.in, c.format, a...)
		fmt.Printf("Sscanf(%q, %q) [%s]: n=%d err=%v vals=%s\n", c.in, c.format, c.kinds, n, err, show(a))
	}
	// Constant formats checked by vet in Go are fine here too.
	var h, m, sec int
	n, err := fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &sec)
	fmt.Println(n, err, h, m, sec)
	var name string
	var age int
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
}
