package main

import "fmt"

func f(x int8) int8 { return x }

func main() {
	fmt.Println(f(200))
}
