package main

import "fmt"

type I interface{ M() }

type T struct{}

func (T) M() {}

type U struct{}

func main() {
	var i I = T{}
	switch i.(type) {
	case T:
		fmt.Println("T")
	case U:
		fmt.Println("U")
	}
}
