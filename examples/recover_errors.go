// Turning panics, including Go's runtime errors, into error values with recover.
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(errors.New("not positive"))
	}
	return n
}

func check(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	mustPositive(n)
	return nil
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(check(5), check(-5))
	s := []int{1, 2, 3}
	i := 5
	defer fmt.Println("deferred calls still run before a fatal panic")
	fmt.Println(s[i])
}
