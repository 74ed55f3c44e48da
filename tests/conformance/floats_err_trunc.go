package main

import "fmt"

func main() {
	var j int = 2.0
	var i int = 1.5
	fmt.Println(i, j)
}
