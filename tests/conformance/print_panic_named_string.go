package main

import "fmt"

type Reason string

func fail(r Reason) {
	defer func() {
		fmt.Println("fail deferred:", r)
	}()
	panic(r + "x")
}

func main() {
	defer println("main deferred")
	fail(Reason(""))
}
