package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int, string:
		fmt.Println("a")
	case int:
		fmt.Println("b")
	}
}
