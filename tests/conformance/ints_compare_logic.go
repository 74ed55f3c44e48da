package main

import "fmt"

var calls int

func t(name string, v bool) bool {
	calls++
	print(name, " ")
	return v
}

func main() {
	a, b := 3, -4
	fmt.Println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	fmt.Println(a == 3 && b == -4, a == 0 || b == 0, !(a > b), !true, !!false)
	if t("A", false) && t("B", true) {
		println("no")
	}
	if t("C", true) || t("D", true) {
		println("short-circuit or")
	}
	x := t("E", true) && (t("F", false) || t("G", true))
	println(x, calls)
	ok := a > 0
	ok = ok && b < 0
	fmt.Println(ok, ok == true, ok != false)
}
