package main

import "fmt"

type P struct{ x int }

func main() {
	p := P{1}
	fmt.Println(*p)
}
