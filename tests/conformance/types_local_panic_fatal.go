package main

import "fmt"

type Level int

func main() {
	fmt.Println("outer level", Level(1))
	type Level string
	defer fmt.Println("deferred", Level("inner"))
	panic(Level("inner"))
}
