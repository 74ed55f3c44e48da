package main

import "fmt"

func main() {
	var n int = 1.5 + 0i
	fmt.Println(n)
}
