package main

import (
	"errors"
	"fmt"
)

var errBad = errors.New("bad thing")

func mayFail(n int) {
	if n == 2 {
		panic(errBad)
	}
}

func run(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			fmt.Println("is error:", ok, e == errBad)
			err = e
		}
	}()
	mayFail(n)
	return nil
}

func main() {
	fmt.Println(run(1))
	err := run(2)
	fmt.Println(err, err.Error())
}
