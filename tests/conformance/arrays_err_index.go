package main

import "fmt"

func main() {
	var a [3]int
	a[1] = 4
	fmt.Println(a[5])
}
