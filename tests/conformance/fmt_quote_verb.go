package main

import (
	"errors"
	"fmt"
)

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

func main() {
	fmt.Printf("%q|%10q|%-10q|%.2q|%+q\n", "héllo\n", "a", "b", "日本語", "日本\x01")
	fmt.Printf("%q %q %q %+q %q\n", 'x', '\n', 0x1F600, 'é', -1)
	fmt.Printf("%q %q\n", []byte("by\"te"), S("x"))
	fmt.Printf("%q\n", errors.New("e\t"))
	fmt.Printf("%q %q\n", []string{"a", "b\x00"}, map[string]int{"k": 1})
	fmt.Printf("%q %q\n", 3.5, true)
	fmt.Println(fmt.Sprintf("%q", "\xff\u00a0\u2028"))
	fmt.Println(fmt.Errorf("bad %q", "x"))
}
