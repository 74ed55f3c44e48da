package main

import (
	"errors"
	"fmt"
)

func compute(n int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			result = -n
			err = errors.New("recovered: " + r.(string))
		}
	}()
	result = n * 2
	if n > 5 {
		panic("too big")
	}
	return result + 1, nil
}

func unnamed(n int) int {
	defer func() { recover() }()
	defer func() {
		if n < 0 {
			panic("negative")
		}
	}()
	return n * 3
}

func main() {
	fmt.Println(compute(2))
	fmt.Println(compute(9))
	fmt.Println(unnamed(4), unnamed(-4))
}
