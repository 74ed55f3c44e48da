package main

import "fmt"

func main() {
	f := 1.5
	s := "1.5"
	if f == s {
		fmt.Println("equal")
	}
}
