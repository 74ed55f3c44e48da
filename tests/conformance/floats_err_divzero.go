package main

import "fmt"

func main() {
	zero := 0.0
	fmt.Println(1.0 / zero)
	const c = 1.0 / 0
	fmt.Println(c)
}
