package main

import "fmt"

func main() {
	var x uint8 = 1
	fmt.Println(x << -1)
}
