package main

import "fmt"

type Bytes []byte

func main() {
	var buf []byte
	buf = append(buf, "\xe2\x82"...)
	buf = append(buf, '\xac')
	fmt.Println(string(buf), len(buf), buf)
	s := "hi\xff"
	buf = append(buf, s...)
	fmt.Println(len(buf), buf[3:])
	buf = append(buf[:0], ""...)
	fmt.Println(len(buf), cap(buf) >= 6)
	var nb []byte
	nb = append(nb, ""...)
	fmt.Println(nb == nil, len(nb))
	var bb Bytes
	bb = append(bb, "ok"...)
	fmt.Println(bb, string(bb))
	t := "abc"
	out := append([]byte("x"), t[1:]...)
	fmt.Println(string(out))
}
