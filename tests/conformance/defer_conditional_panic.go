package main

import "fmt"

func step(n int) {
	if n > 0 {
		defer fmt.Println("defer in if", n)
	}
	if n%2 == 0 {
		defer fmt.Println("defer in second if", n)
	}
	if n == 3 {
		panic("n is three")
	}
	fmt.Println("step", n, "done")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	for i := range 5 {
		step(i)
	}
}
