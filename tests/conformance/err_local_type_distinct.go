package main

import "fmt"

type T int

func main() {
	var outer T = 1
	{
		type T int
		var inner T = 2
		outer = inner
	}
	fmt.Println(outer)
}
