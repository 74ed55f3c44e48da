package main

import (
	"errors"
	"fmt"
)

type tc struct {
	format string
	args   []interface{}
}

func main() {
	cases := []tc{
		{"%[1]d", []interface{}{1}},
		{"%[2]d %[1]d", []interface{}{1, 2}},
		{"%[2]d %d", []interface{}{1, 2, 3}},
		{"%[1]d %d %d", []interface{}{1, 2}},
		{"%[1]d %[1]x %#[1]o %[1]q", []interface{}{65}},
		{"%d %d %#[1]x %#x", []interface{}{16, 17}},
		{"%[3]*.[2]*[1]f", []interface{}{12.0, 2, 6}},
		{"%.[2]d", []interface{}{7, 3}},
		{"%[2]*d", []interface{}{7, 5}},
		{"%[2]*[1]d", []interface{}{7, 5}},
		{"%[1]*d", []interface{}{3}},
		{"%-*[2]d|", []interface{}{4, 9}},
		{"%[2]*[1]d|", []interface{}{7, -5}},
		{"%6.2f|%[1]*.[2]*[3]f|", []interface{}{8, 2, 3.14159}},
		{"%[5]d", []interface{}{1, 2}},
		{"%[0]d", []interface{}{1}},
		{"%[-1]d", []interface{}{1}},
		{"%[x]d", []interface{}{1}},
		{"%[1x]d", []interface{}{1}},
		{"%[]d", []interface{}{1}},
		{"%[1]", []interface{}{1}},
		{"%[1", []interface{}{1}},
		{"%[", []interface{}{1}},
		{"%[2]2d", []interface{}{1, 2}},
		{"%[2].2d", []interface{}{1, 2}},
		{"%[3]d %d", []interface{}{1, 2}},
		{"%[2]d %d %d", []interface{}{1, 2}},
		{"%[1]d %[3]d", []interface{}{1, 2}},
		{"%[1]%", []interface{}{1}},
		{"%[1]v %[1]T", []interface{}{"s"}},
		{"%[2]s %[1]s %s", []interface{}{"a", "b"}},
		{"%d %[2]d", []interface{}{1, 2, 3, 4}},
		{"%d", []interface{}{1, 2, 3}},
		{"%[1]d", []interface{}{1, 2, 3}},
		{"%[3]d", []interface{}{1, 2, 3}},
		{"%d %d %[1]d", []interface{}{1}},
		{"%*d", []interface{}{"x", 5}},
		{"%.*d", []interface{}{"x", 5}},
		{"%*.*d", []interface{}{2.5, 1, 5}},
		{"%*d", []interface{}{10000000, 5}},
		{"%.*d", []interface{}{-1, 5}},
		{"%*d", []interface{}{uint8(3), 5}},
		{"%*d", []interface{}{}},
		{"%.*d", []interface{}{2}},
		{"%[2]*d", []interface{}{1}},
		{"%[1]*.[9]*d", []interface{}{1, 2}},
		{"%12345678d", []interface{}{1}},
		{"%.", []interface{}{1}},
		{"%-", []interface{}{1}},
		{"%!", []interface{}{1}},
		{"%", []interface{}{}},
		{"%[1]d%", []interface{}{1}},
		{"%é", []interface{}{1}},
		{"%[1]é", []interface{}{1}},
		{"%[2]v %[1]O %[1]p", []interface{}{8, nil}},
		{"%[1]d %v", []interface{}{nil}},
		{"%[01]d %[002]d", []interface{}{1, 2}},
		{"%[1]#x", []interface{}{255}},
		{"%#[1]x %+[1]d % [1]d %0[2]*[1]d", []interface{}{255, 6}},
		{"%[1]*[1]d", []interface{}{3}},
	}
	for _, c := range cases {
		fmt.Printf("%-28q => %q\n", c.format, fmt.Sprintf(c.format, c.args...))
	}

	// Constant formats.
	fmt.Printf("%[2]d %[1]s\n", "one", 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("%[5]d|%[0]d|%[2]2d|\n", 1, 2)
	s := fmt.Sprintf("%[1]v %[1]T %[1]q", 'x')
	fmt.Println(s)
	err := fmt.Errorf("%[2]s: %[1]d", 7, "ctx")
	fmt.Println(err, errors.Unwrap(err) == nil)
	err = fmt.Errorf("%*d|%w", 3, 7, errors.New("inner2"))
	fmt.Println(err, errors.Unwrap(err))
	err = fmt.Errorf("%d %w %w", 1, errors.New("a"), errors.New("b"))
	fmt.Println(err, errors.Unwrap(err) == nil)
	fmt.Printf("%[2]s %[1]s %s\n", "a", "b")
	fmt.Printf("%s %[3]s\n", "a", "b")
	fmt.Printf("%O %O %#O %x\n", 64, -64, 5, 0)
}
