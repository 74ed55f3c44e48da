package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("outer defer never runs")
	defer func() {
		fmt.Println("exiting from a deferred call")
		os.Exit(5)
	}()
	defer fmt.Println("runs first")
	fmt.Println("body")
}
