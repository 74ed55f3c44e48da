package main

import "fmt"

func main() {
	x := 1
L:
	if x > 0 {
		for i := 0; i < 3; i++ {
			if i == 1 {
				break L
			}
			fmt.Println(i)
		}
	}
}
