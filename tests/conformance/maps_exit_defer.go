package main

import (
	"fmt"
	"os"
)

func main() {
	m := map[string]int{"a": 1}
	defer fmt.Println("never printed")
	for k, v := range m {
		m[k] = v + 1
	}
	fmt.Println(m)
	if m["a"] == 2 {
		os.Exit(len(m) + 2)
	}
}
