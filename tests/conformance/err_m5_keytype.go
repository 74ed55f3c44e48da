package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	k := 5
	fmt.Println(m[k])
}
