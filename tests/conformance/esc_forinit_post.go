package main

import "fmt"

func main() {
	for i, p, q := 0, new(int), new(int); i < 3; i, p, q = i+1, new(int), p {
		*p = i + 1
		fmt.Println(*p, *q)
	}
}
