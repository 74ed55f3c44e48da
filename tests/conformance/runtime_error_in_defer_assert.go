package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer:", recover())
	}()
	var v any = 7
	defer func() {
		s := v.(string)
		fmt.Println("unreachable", s)
	}()
	fmt.Println("body")
}
