package main

import "fmt"

func g() (msg string) {
	defer func() {
		msg = "recovered: " + recover().(error).Error()
	}()
	var f func(int)
	defer f(1)
	msg = "body ran"
	return msg
}

func main() {
	fmt.Println(g())
}
