// Deferred calls run when the function returns, last in first out; their arguments are
// evaluated when the defer statement runs, while a deferred closure sees later changes.
package main

import "fmt"

func countdown() {
	for i := range 3 {
		defer fmt.Println("deferred in a loop (heap record):", i)
	}
	fmt.Println("countdown body done")
}

func main() {
	x := 1
	defer fmt.Println("argument evaluated at the defer statement: x =", x)
	defer func() { fmt.Println("closure sees the final value: x =", x) }()
	x = 42
	countdown()
	fmt.Println("main body done")
}
