package main

import "fmt"

func main() {
	c := 1i
	defer imag(c)
	fmt.Println(c)
}
