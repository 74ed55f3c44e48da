package main

import "fmt"

type S struct{ A int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.A) }

func main() {
	b := []byte("x:")
	b = fmt.Append(b, 1, "a", 2, 3, S{4})
	b = fmt.Appendln(b, "y", 5)
	b = fmt.Appendf(b, "%05.1f|%q|%v|%d", 3.14159, "hi", S{7}, "bad")
	fmt.Printf("%q\n", b)
	fmt.Println(len(fmt.Append(nil)), fmt.Append(nil) == nil)
}
