package main

import "fmt"

type I interface{ M() }
type J interface{ N() }

type T struct{}

func (T) M() {}

func main() {
	var i I = T{}
	defer fmt.Println("bye")
	j := i.(J)
	fmt.Println(j)
}
