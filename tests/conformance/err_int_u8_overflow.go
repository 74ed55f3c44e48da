package main

import "fmt"

func main() {
	const c uint8 = 300
	fmt.Println(c)
}
