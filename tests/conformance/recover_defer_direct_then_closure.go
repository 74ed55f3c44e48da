package main

import "fmt"

func f() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "closure recovered " + r.(string)
		}
	}()
	defer recover()
	defer recover()
	panic("p")
}

func main() {
	fmt.Println(f())
}
