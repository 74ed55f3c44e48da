package main

import "fmt"

func f(s []int) {
	defer fmt.Println("registered before")
	defer fmt.Println("argument", s[5])
	fmt.Println("unreachable")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	f([]int{1})
}
