package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, r)
	}()
	f()
}

func main() {
	var z8 int8
	var zu8 uint8
	var z16 int16
	var zu32 uint32
	var z64 int64
	var zu uint
	try("int8/", func() { var a int8 = 5; fmt.Println(a / z8) })
	try("uint8%", func() { var a uint8 = 5; fmt.Println(a % zu8) })
	try("int16/", func() { var a int16 = -5; fmt.Println(a / z16) })
	try("uint32/", func() { var a uint32 = 5; fmt.Println(a / zu32) })
	try("int64%", func() { var a int64 = 5; fmt.Println(a % z64) })
	try("uint/", func() { var a uint = 5; fmt.Println(a / zu) })
	try("minint8", func() { var a int8 = -128; var m int8 = -1; fmt.Println(a/m, a%m) })
	try("minint64", func() { var a int64 = -9223372036854775808; var m int64 = -1; fmt.Println(a/m, a%m) })
	var b uint16 = 7
	b /= 0 + uint16(zu8)
	fmt.Println("unreachable", b)
}
