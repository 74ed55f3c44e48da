package main

import (
	"errors"
	"fmt"
)

type Op interface{ Do() }

type Failer struct{}

func (Failer) Do() { panic(errors.New("failer failed")) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(r)
	}()
	var o Op = Failer{}
	o.Do()
}
