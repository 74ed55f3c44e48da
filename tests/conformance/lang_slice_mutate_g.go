package main

import "fmt"

type T struct {
	f int
	g bool
}

var s []T

func g() int {
	s = []T{{100, true}, {200, false}}
	return 7
}

func main() {
	s = []T{{1, false}, {2, true}}
	old := s
	s[0].f = g()
	fmt.Println(s, old)
	s[1].g = !s[1].g
	fmt.Println(s[1])
	t := s
	t[0].f++
	fmt.Println(s[0].f, t[0].f)
	s[0].f += 5
	fmt.Println(s[0])
}
