package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	println("hello from println, on stderr")
}
