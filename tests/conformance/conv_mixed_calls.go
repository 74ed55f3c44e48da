// Functions called only directly and functions called through values, method tables,
// deferred calls and goroutines meet in one program: results of many words, many
// parameters, recover in a function deferred through a value, and panics that unwind
// through frames of plain functions into a recovering one, whose caller's values must
// be intact afterwards.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type big struct {
	a, b, c, d, e, f, g, h, i, j int
}

func makeBig(x int) big {
	return big{x, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9}
}

func sum10(a, b, c, d, e, f, g, h, i, j int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
}

func divmod(a, b int) (int, int, error) {
	if b == 0 {
		return 0, 0, errors.New("division by zero")
	}
	return a / b, a % b, nil
}

func greet(name string) (string, int) {
	s := "hello, " + name
	return s, len(s)
}

func handler(tag string) {
	if r := recover(); r != nil {
		fmt.Println(tag, "recovered:", r)
	}
}

func deep(n int) int {
	if n == 0 {
		var m map[string]int
		m["boom"] = 1
	}
	return deep(n-1) + 1
}

func protect(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	return deep(n), nil
}

type shape interface {
	area() (int, string)
}

type rect struct{ w, h int }

func (r rect) area() (int, string) { return r.w * r.h, fmt.Sprintf("%dx%d", r.w, r.h) }

func (r *rect) grow(by int) (int, int) {
	r.w += by
	r.h += by
	return r.w, r.h
}

func apply(f func(int, int) (int, int, error), a, b int) string {
	q, m, err := f(a, b)
	return fmt.Sprint(q, m, err)
}

func main() {
	// Many-word results and many parameters, directly and through values.
	b := makeBig(3)
	mk := makeBig
	fmt.Println(b, mk(5))
	fmt.Println(sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	s10 := sum10
	fmt.Println(s10(10, 9, 8, 7, 6, 5, 4, 3, 2, 1))
	fmt.Println(apply(divmod, 17, 5), apply(divmod, 1, 0))
	g := greet
	s, n := g("gopher")
	fmt.Println(s, n)

	// Values live across calls in a loop that panics and recovers each time.
	total, prefix := 0, strings.Repeat("x", 3)
	for i := 0; i < 5; i++ {
		r, err := protect(i)
		total += r + i
		fmt.Println(prefix, i, r, err, total)
	}

	// recover in a top-level function deferred directly and through a value.
	func() {
		defer handler("direct")
		panic("one")
	}()
	h := handler
	func() {
		defer h("value")
		panic("two")
	}()

	// Method values, method expressions and interface calls.
	r := &rect{2, 3}
	grow := r.grow
	fmt.Println(grow(1))
	fmt.Println((*rect).grow(r, 2))
	var sh shape = *r
	fmt.Println(sh.area())
	area := rect.area
	fmt.Println(area(rect{4, 5}))

	// A goroutine running a function called only directly elsewhere.
	done := make(chan big)
	go func() { done <- makeBig(7) }()
	fmt.Println(<-done)
}
