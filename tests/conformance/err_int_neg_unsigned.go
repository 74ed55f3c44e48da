package main

import "fmt"

func main() {
	var u uint = 1
	u = -1
	fmt.Println(u)
}
