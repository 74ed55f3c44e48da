package main

import "fmt"

func main() {
	c := 1i
	c %= 2
	fmt.Println(c)
}
