package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var a [3]int
	p := &a
	var u64 uint64 = 18446744073709551615
	var u uint = 18446744073709551615
	var u8 uint8 = 200
	var i8 int8 = -3
	var small uint = 2
	try("index u64", func() { _ = a[u64] })
	try("index u8", func() { _ = a[u8] })
	try("index i8", func() { _ = a[i8] })
	try("slice small", func() { fmt.Println(a[small:], len(p[:small])) })
	try("slice hi u64", func() { _ = a[:u64] })
	try("slice lo u64", func() { _ = a[u64:] })
	try("slice max uint", func() { _ = a[0:1:u] })
	try("ptr slice hi uint", func() { _ = p[:u] })
	try("slice lo i8", func() { _ = a[i8:] })
	fmt.Println(a)
}
