package main

import "fmt"

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], string(s[0]), count(s, 'l'))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for _, r := range "a\xffb" {
		fmt.Print(r, " ")
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b, len([]rune(s)), reverse(s))
	fmt.Println(string(rune(65)), string('é'), string([]rune{72, 105}))
	digits := 0
	for _, c := range "a1b22c333" {
		if c >= '0' && c <= '9' {
			digits += int(c - '0')
		}
	}
	fmt.Println(digits)
	var up []byte
	for i := 0; i < len("shout"); i++ {
		up = append(up, "shout"[i]-'a'+'A')
	}
	fmt.Println(string(up), "const"[2])
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 20
	_ = s[i]
}
