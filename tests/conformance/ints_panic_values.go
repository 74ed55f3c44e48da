package main

import "fmt"

type Code uint8

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		if c, ok := r.(Code); ok {
			fmt.Println("code", c+1)
		}
		panic(uint64(18446744073709551615))
	}()
	panic(Code(255))
}
