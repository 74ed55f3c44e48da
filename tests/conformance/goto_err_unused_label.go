package main

import "fmt"

func main() {
	sum := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			sum += i * j
		}
	}
	fmt.Println(sum)
}
