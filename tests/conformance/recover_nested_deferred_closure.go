package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("outer sees:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("nested deferred closure sees:", recover())
		}()
		fmt.Println("deferred closure running")
	}()
	panic("the panic")
}

func main() {
	f()
	fmt.Println("done")
}
