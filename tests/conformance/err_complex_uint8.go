package main

import "fmt"

func main() {
	var b uint8 = 256 + 0i
	fmt.Println(b)
}
