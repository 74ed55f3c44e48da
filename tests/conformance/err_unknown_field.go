package main

import "fmt"

type T struct{ n int }

func main() {
	t := T{m: 1}
	fmt.Println(t)
}
