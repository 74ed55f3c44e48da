package main

import "fmt"

func main() {
	sum := 0
L:
	fmt.Println("start")
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue L
		}
		sum += i
	}
	fmt.Println(sum)
}
