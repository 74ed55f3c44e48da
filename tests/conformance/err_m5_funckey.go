package main

import "fmt"

type K struct {
	F func()
}

func main() {
	var m map[K]int
	fmt.Println(len(m))
}
