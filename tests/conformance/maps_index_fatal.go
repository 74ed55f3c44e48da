package main

import "fmt"

func main() {
	m := map[string][]int{"x": {1, 2, 3}}
	defer func() {
		fmt.Println("cleanup", len(m["x"]))
	}()
	fmt.Println(m["x"][1:], m["y"][:0], len(m["y"][0:0]))
	k := 5
	fmt.Println(m["x"][k])
}
