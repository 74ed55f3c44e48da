package main

import "fmt"

func main() {
	fmt.Println(1i <= 2i)
}
