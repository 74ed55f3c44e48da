package main

import "fmt"

func main() {
	for i, p := 0, (*int)(nil); i < 3; i++ {
		if p != nil {
			fmt.Println(*p, i)
		}
		p = &i
	}
}
