package main

import "fmt"

func main() {
	const ok = 2.0
	const tf float64 = 1
	s := []string{"a", "b", "c"}
	fmt.Println(s[ok])
	fmt.Println(s[tf])
}
