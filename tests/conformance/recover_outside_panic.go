package main

import "fmt"

func normal() any {
	return recover()
}

func deferredNoPanic() (r any) {
	defer func() { r = recover() }()
	return "unchanged"
}

func main() {
	fmt.Println(recover(), normal(), deferredNoPanic())
	defer func() {
		fmt.Println("main's defer after normal return:", recover())
	}()
	func() {
		defer func() { fmt.Println("literal defer:", recover()) }()
	}()
}
