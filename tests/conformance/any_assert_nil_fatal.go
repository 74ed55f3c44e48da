package main

import "fmt"

func main() {
	var v any
	s, ok := v.(string)
	fmt.Println("["+s+"]", ok)
	fmt.Println(v.(string))
}
