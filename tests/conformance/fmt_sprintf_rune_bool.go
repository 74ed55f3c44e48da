package main

import "fmt"

type Flag bool
type Letter rune

func main() {
	runes := []rune{'x', 'A', ' ', '\n', '\t', '\'', '"', '\\', 0, 0x7f, 'é', '日', 0x1F600, 0xFFFD, 0x2028, 0xD800, 0x10FFFF, 0x110000, -1}
	for _, r := range runes {
		fmt.Println(fmt.Sprintf("d=%d c=[%c] q=%q +q=%+q x=%x v=%v", r, r, r, r, r, r))
	}
	for _, r := range runes[:12] {
		fmt.Println(fmt.Sprintf("[%4c] [%-4c] [%6q] [%-6q] [%06q]", r, r, r, r, r))
	}
	fmt.Println(fmt.Sprintf("%c%c%c%c", 'G', 'o', '!', '\n'))
	fmt.Println(fmt.Sprintf("%c %q", byte('z'), byte('z')))
	fmt.Println(fmt.Sprintf("%c %q %d", Letter('L'), Letter('M'), Letter('N')))
	fmt.Println(fmt.Sprintf("%c", []rune("héllo")))
	fmt.Println(fmt.Sprintf("%q", []rune{'a', '\n', 0x1F600}))
	fmt.Println(fmt.Sprintf("%v %d", 'a', 'a'))
	s := ""
	for r := 'a'; r <= 'z'; r += 5 {
		s += fmt.Sprintf("%c", r)
	}
	fmt.Println(s)
	for _, r := range "añ日\U0001F600" {
		fmt.Println(fmt.Sprintf("%c %q %x %X %d", r, r, r, r, r))
	}

	fmt.Println(fmt.Sprintf("%t %t", true, false))
	fmt.Println(fmt.Sprintf("[%6t] [%-6t] [%v] [%06t] [%.2t]", true, false, true, true, false))
	fmt.Println(fmt.Sprintf("%t %v", Flag(true), Flag(false)))
	fmt.Println(fmt.Sprintf("%t", []bool{true, false}))
	fmt.Println(fmt.Sprintf("%t %t %t", 1, "true", nil))
	fmt.Println(fmt.Sprintf("%d %s %q %x", true, false, true, false))
	a, b := 3, 4
	fmt.Println(fmt.Sprintf("%t %t %t", a < b, a == b, a != b && b > 0))
}
