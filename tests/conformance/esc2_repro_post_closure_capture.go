package main

import "fmt"

func main() {
	var f func() int
	for i := 0; i < 3; i, f = i+1, func() int { return i } {
		if f != nil {
			fmt.Println(f(), i)
		}
	}
	fmt.Println(f())
}
