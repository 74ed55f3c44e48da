package main

import "fmt"

func main() {
	for i, p := 0, (*int)(nil); i < 3; i++ {
		x := i
		if p != nil {
			fmt.Println(*p, x)
		}
		p = &x
	}
}
