package main

import "fmt"

func main() {
	m := map[complex128]string{1: "a", 1i: "b", 1 + 0i: "c"}
	fmt.Println(m)
}
