package main

import "fmt"

type I interface{ M() }

func main() {
	defer fmt.Println("deferred runs")
	var i I
	i.M()
}
