package main

import "fmt"

func main() {
	c := 1i
	real(c)
	fmt.Println(c)
}
