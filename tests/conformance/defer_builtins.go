package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer fmt.Print("fmt.Print ", 1, 2, "\n")
	defer panic("deferred panic")
	defer println("println", 3, true)
	defer print("print", 4, "\n")
	defer fmt.Println("fmt.Println", []int{5}, nil)
	fmt.Println("body")
}
