package main

import "fmt"

type C complex128

type Z complex64

func main() {
	defer func() {
		r := recover()
		fmt.Println(r, r.(C))
		zero := 0.0
		panic(Z(complex(zero/zero, -1/zero)))
	}()
	panic(C(1.5 - 0.25i))
}
