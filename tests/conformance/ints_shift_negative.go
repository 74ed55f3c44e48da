package main

import "fmt"

func shift(x, n int) int {
	return x << n
}

func main() {
	fmt.Println(shift(1, 3))
	n := 2
	n -= 5
	fmt.Println("shifting by", n)
	fmt.Println(shift(1, n))
	fmt.Println("unreachable")
}
