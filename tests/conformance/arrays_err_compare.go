package main

import "fmt"

func main() {
	a := [2][]int{{1}, {2}}
	b := a
	fmt.Println(a == b)
}
