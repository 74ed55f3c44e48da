package main

import "fmt"

func main() {
	c := 1 + 2i
	d := 3i
	fmt.Println(c < d)
}
