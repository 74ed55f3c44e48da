package main

import (
	"fmt"
)

type bad struct{}

func (bad) Scan(st fmt.ScanState, verb rune) error {
	var m map[string]int
	m["x"] = 1
	return nil
}

func main() {
	var x int
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("1 2", &x, bad{})
	}()
	fmt.Println("x =", x)
	fmt.Sscanf("3 4", "%d %v", &x, bad{})
	fmt.Println("not reached")
}
