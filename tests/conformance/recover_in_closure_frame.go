package main

import "fmt"

func thrower(n int) {
	if n == 0 {
		panic("bottom")
	}
	thrower(n - 1)
}

func main() {
	run := func() (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("closure frame recovered", r)
				ok = false
			}
		}()
		thrower(5)
		return true
	}
	fmt.Println(run())
	fmt.Println("after")
}
