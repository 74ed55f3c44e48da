package main

import "fmt"

func main() {
	var u uint8 = ^0
	fmt.Println(u)
}
