package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	b := []byte("abc")
	var u64 uint64 = 1 << 62
	var i64 int64 = 1 << 62
	var i int = 1 << 61
	var i32 int32 = 1 << 30
	var u64big uint64 = 1 << 63
	var u uint = 1 << 63
	try("u64 1<<62", func() { _ = unsafe.Slice(&arr[0], u64) })
	try("i64 1<<62", func() { _ = unsafe.Slice(&arr[0], i64) })
	try("int 1<<61", func() { _ = unsafe.Slice(&arr[0], i) })
	try("int32 1<<30", func() { s := unsafe.Slice(&arr[0], i32); fmt.Println(len(s)) })
	try("u64 1<<63", func() { _ = unsafe.Slice(&b[0], u64big) })
	try("uint 1<<63", func() { _ = unsafe.Slice(&b[0], u) })
	try("string u64 1<<63", func() { _ = unsafe.String(&b[0], u64big) })
	try("nil int 1<<61", func() { _ = unsafe.Slice((*int)(nil), i) })
	var ne *struct{}
	try("nil zero-size", func() { _ = unsafe.Slice(ne, 5) })
	try("zero-size big", func() { s := unsafe.Slice(&struct{}{}, i); fmt.Println(len(s)) })
	try("int16 elems", func() { _ = unsafe.Slice((*int16)(unsafe.Pointer(&arr[0])), u64big) })
	try("[2]int64 elems", func() { _ = unsafe.Slice((*[2]int64)(unsafe.Pointer(&arr[0])), i) })
}
