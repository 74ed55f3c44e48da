package main

import "fmt"

func main() {
	defer fmt.Println("a")
	var m int64 = -9223372036854775808
	panic(m)
}
