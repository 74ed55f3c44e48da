package main

import "fmt"

func main() {
	const c = 1 + 1i
	fmt.Println(c / (0 + 0i))
}
