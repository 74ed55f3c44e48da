package main

import "fmt"

func main() {
	c := 1 + 0i
	fmt.Println(int(c))
}
