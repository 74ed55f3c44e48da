package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err := r.(error)
		fmt.Println("caught:", err.Error())
		panic(err)
	}()
	zero := 0
	fmt.Println(1 / zero)
}
