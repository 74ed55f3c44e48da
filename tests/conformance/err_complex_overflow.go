package main

import "fmt"

func main() {
	var c complex64 = 1e39i
	fmt.Println(c)
}
