package main

import "fmt"

type ID int

func next(id ID) ID {
	n := int(id)
	return n + 1
}

func main() {
	fmt.Println(next(1))
}
