package main

import "fmt"

func main() {
	m := map[string][2]int{"a": {1, 2}}
	m["a"][0] = 10
	fmt.Println(m)
}
