package main

import "fmt"

func main() {
	c := 1i
	fmt.Println(^c)
}
