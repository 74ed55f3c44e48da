package main

import "fmt"

func main() {
	fmt.Printf("%#x %#X %#o %#b %#08x %#-8x| %#d %#o\n", 255, 255, 8, 5, 255, 255, 7, 0)
	fmt.Printf("%#x %# x %#X %#10x| %#x\n", "ab", "abc", []byte("hi"), "z", "")
	fmt.Printf("%#q %#q %#+q %#q\n", "plain", "has`tick", "é", 'x')
	fmt.Printf("%#x %x\n", -255, int8(-1))
	fmt.Printf("%#c %#s %#t\n", 'A', "s", true)
	var b byte = 0xff
	fmt.Printf("invalid UTF-8 byte %#x\n", b)
}
