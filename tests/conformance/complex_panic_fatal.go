package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	panic(complex(1, -2))
}

func main() {
	defer func() {
		panic(complex64(complex(0.5, 3)))
	}()
	inner()
}
