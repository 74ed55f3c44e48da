package main

import "fmt"

func main() {
	for i, p, q := 0, new(int), new(int); i < 3; i++ {
		q = p
		p = new(int)
		*p = i + 1
		fmt.Println(*p, *q)
	}
}
