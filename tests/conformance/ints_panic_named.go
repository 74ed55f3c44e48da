package main

type T int8

func main() {
	defer println("deferred")
	var x T = -128
	panic(x)
}
