package main

import "fmt"

func handler() {
	fmt.Println("handler recovered:", recover())
}

func work() {
	defer handler()
	panic("deferred directly, so recover works")
}

func main() {
	work()
	fmt.Println("main continues")
}
