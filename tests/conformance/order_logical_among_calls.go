package main

import "fmt"

var trace []string
var flag = true

func g(s string, r bool) bool {
	trace = append(trace, s)
	return r
}

func f() int {
	flag = false
	trace = append(trace, "f")
	return 1
}

func main() {
	_, _ = false || g("a", true), g("b", true)
	a, b := flag && true, f()
	fmt.Println(a, b)
	flag = true
	x := []bool{g("c", false) && g("d", true), flag || g("e", true), g("h", true)}
	fmt.Println(x, trace)
	m := map[bool]int{true && g("i", true): f(), false || g("j", false): 2}
	fmt.Println(m, trace)
	for i := 0; i < 2 && g("loop", true); i++ {
	}
	fmt.Println(trace)
}
