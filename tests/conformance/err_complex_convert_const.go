package main

import "fmt"

func main() {
	fmt.Println(float32(1 + 1i))
}
