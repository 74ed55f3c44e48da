package main

import "fmt"

func safely(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("safely caught", r)
		}
	}()
	f()
}

func main() {
	safely(func() { panic("one") })
	safely(func() { panic(2) })
	safely(func() {})
	defer fmt.Println("main deferred print")
	panic("three is fatal")
}
