// A panic that passes through a frame with heap-allocated defer records (fill), one
// with a stack-allocated record (classify) and one with open-coded defers (guard), which
// recovers it two frames up: `deferjit trace examples/trace_demo.go --svg demo.svg`.
package main

import "fmt"

// fill defers in a loop: gc gives each call a heap-allocated record.
func fill(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("fill: deferred", i)
	}
	var table []int
	fmt.Println(table[n]) // index out of range: a runtime error panics
}

// classify has too many returns for open-coded defers (returns x defers > 15):
// gc gives its defer a stack-allocated record.
func classify(n int) string {
	defer fmt.Println("classify: deferred")
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	case 2:
		return "two"
	case 3:
		return "three"
	case 4:
		return "four"
	case 5:
		return "five"
	case 6:
		return "six"
	case 7:
		return "seven"
	case 8:
		return "eight"
	case 9:
		return "nine"
	case 10:
		return "ten"
	case 11:
		return "eleven"
	case 12:
		return "twelve"
	case 13:
		return "thirteen"
	case 14:
		return "fourteen"
	case 15:
		return "fifteen"
	}
	fill(n % 3)
	return "many"
}

// guard's defers are open-coded: bits in its frame, calls inline at its exits.
func guard(n int) (s string) {
	defer fmt.Println("guard: deferred")
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return classify(n)
}

func main() {
	fmt.Println(guard(3))
	fmt.Println(guard(20))
}
