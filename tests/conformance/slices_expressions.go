package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	a := s[1:4]
	fmt.Println(a, len(a), cap(a))
	b := a[1:2:3]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 99)
	fmt.Println(s, a, b)
	c := s[:0]
	fmt.Println(c, len(c), cap(c), s[4:], s[:])
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3]+"|", len(str[2:9]))
	n := copy(s, []int{9, 8})
	fmt.Println(n, s, copy(s[1:], s))
	fmt.Println(s)
	hi, lo, mx := 7, 3, 2
	try("hi>cap", func() { _ = s[:hi] })
	try("lo>hi", func() { _ = s[lo:2] })
	try("3cap", func() { _ = s[1:2:hi] })
	try("3b", func() { _ = s[1:lo:mx] })
	try("3c", func() { _ = s[lo:mx:4] })
	try("neg", func() { _ = s[:lo-5] })
	try("str", func() { _ = str[:20+lo] })
	try("strlo", func() { _ = str[hi:lo] })
	var bs []byte
	bs = append(bs, 1, 2, 3)
	fmt.Println(bs[1:], cap(bs[:1]) >= 3)
}
