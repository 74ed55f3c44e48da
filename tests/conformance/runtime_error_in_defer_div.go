package main

import "fmt"

func f(d int) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = r.(error).Error()
		}
	}()
	defer func() {
		fmt.Println("dividing", 10/d)
	}()
	return "normal"
}

func main() {
	fmt.Println(f(2))
	fmt.Println(f(0))
}
