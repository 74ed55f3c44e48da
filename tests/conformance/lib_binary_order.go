package main

import (
	"encoding/binary"
	"fmt"
)

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", label, r)
		}
	}()
	f()
}

func main() {
	orders := []binary.ByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian}
	aorders := []binary.AppendByteOrder{binary.LittleEndian, binary.BigEndian, binary.NativeEndian}
	src := []byte{0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xff, 0x00}
	for i, o := range orders {
		fmt.Printf("%v %s %#v %T\n", o, o.String(), o, o)
		fmt.Printf("  Uint16=%#04x Uint32=%#08x Uint64=%#016x\n", o.Uint16(src), o.Uint32(src), o.Uint64(src))
		fmt.Printf("  at 2: %#x %#x %#x\n", o.Uint16(src[2:]), o.Uint32(src[2:]), o.Uint64(src[2:]))
		b := make([]byte, 10)
		o.PutUint16(b, 0xbeef)
		fmt.Printf("  PutUint16 % x\n", b)
		o.PutUint32(b[1:], 0xdeadbeef)
		fmt.Printf("  PutUint32 % x\n", b)
		o.PutUint64(b[2:], 0x0102030405060708)
		fmt.Printf("  PutUint64 % x\n", b)
		a := aorders[i]
		var out []byte
		out = a.AppendUint16(out, 0x1234)
		out = a.AppendUint32(out, 0x89abcdef)
		out = a.AppendUint64(out, 0xfedcba9876543210)
		fmt.Printf("  %v Append: % x len=%d\n", a, out, len(out))
		for _, v := range []uint64{0, 1, 0xff, 0x100, 0xffff, 0x10000, 0xffffffff, 1 << 63, ^uint64(0)} {
			o.PutUint64(b[:8], v)
			o.PutUint32(b[:4], uint32(v))
			fmt.Printf("  %#x -> % x | %#x %#x %#x\n", v, b[:8], o.Uint64(b), o.Uint32(b), o.Uint16(b))
		}
		try("  Uint16 short", func() { fmt.Println(o.Uint16(src[:1])) })
		try("  Uint32 short", func() { fmt.Println(o.Uint32(src[:3])) })
		try("  Uint64 short", func() { fmt.Println(o.Uint64(src[:7])) })
		try("  Uint64 empty", func() { fmt.Println(o.Uint64(nil)) })
		short := []byte{9, 9, 9}
		try("  PutUint16 short", func() { o.PutUint16(short[:1], 0xffff) })
		try("  PutUint32 short", func() { o.PutUint32(short, 0xffffffff) })
		try("  PutUint64 short", func() { o.PutUint64(short, 1) })
		fmt.Println("  short after:", short)
	}
	fmt.Println(binary.LittleEndian, binary.BigEndian, binary.NativeEndian)
	fmt.Printf("%v|%+v|%s|%#v\n", binary.LittleEndian, binary.BigEndian, binary.NativeEndian, binary.NativeEndian)
	var bo binary.ByteOrder = binary.NativeEndian
	fmt.Println(bo == binary.ByteOrder(binary.NativeEndian), bo.Uint16([]byte{1, 0}))
	_, isLE := bo.(interface{ GoString() string })
	fmt.Println(isLE)
}
