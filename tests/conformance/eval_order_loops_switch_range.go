// gc's evaluation order (calls first, then the other operands) in a loop condition, a
// switch case, and the operand of range over an int and over a slice.
package main

func main() {
	n := 0
	bump := func() int { n += 10; return 1 }
	for i := 0; n < 25+bump(); i++ {
		println("iter", i, n)
	}
	x := 1
	g := func() int { x = 7; return 7 }
	switch {
	case x == g():
		println("case sees", x)
	default:
		println("default", x)
	}
	y := 3
	h := func() int { y = 9; return 2 }
	for i := range y + h() {
		_ = i
	}
	println("y", y)
	s := []int{1, 2}
	k := func() int { s = []int{4, 5, 6}; return 0 }
	for i, v := range append(s, k()) {
		println(i, v)
	}
}
