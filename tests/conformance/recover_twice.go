package main

import "fmt"

func main() {
	defer func() {
		first := recover()
		second := recover()
		fmt.Println("first:", first, "second:", second)
	}()
	panic("once")
}
