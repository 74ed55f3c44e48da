package main

import "fmt"

func loop(n int) {
	for i := range 10 {
		defer fmt.Println("loop defer", i)
		if i == n {
			panic(i)
		}
	}
	fmt.Println("no panic")
}

func main() {
	defer func() {
		fmt.Println("recovered", recover())
	}()
	loop(-1)
	loop(3)
}
