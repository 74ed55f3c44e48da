package main

import (
	"fmt"
	"os"
)

func cleanup() {
	fmt.Println("cleanup during panic")
	os.Exit(4)
}

func work() {
	defer cleanup()
	panic("never printed as a panic")
}

func main() {
	defer fmt.Println("main defer never runs")
	work()
}
