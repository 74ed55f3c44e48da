package main

import "fmt"

func main() {
	var x int
	n, err := fmt.Sscan("1", &x)
	fmt.Println(n, err, x)
	fmt.Sscan("1 2", &x, nil)
	fmt.Println("not reached")
}
