package main

import "fmt"

func main() {
	var x uint16 = 5
	fmt.Println(x / 0)
}
