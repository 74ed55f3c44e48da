package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner caught", r)
		panic("rethrown " + r.(string))
	}()
	panic("original")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
}

func main() {
	defer func() {
		fmt.Println("main caught", recover())
	}()
	middle()
}
