// gc evaluates the calls of an expression before it reads the variables in it: a call
// that changes a variable read earlier (left of it) in the same expression or
// assignment is seen by that read.
package main

func main() {
	r := 1
	h := func() int { r += 10; return 1 }
	r += h()
	println(r)
	a := 1
	f := func() int { a++; return a }
	x := []int{a, f()}
	println(x[0], x[1])
	b := 1
	g := func() int { b = 5; return 0 }
	println(b + g())
}
