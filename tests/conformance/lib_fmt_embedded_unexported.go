package main

import (
	"errors"
	"fmt"
)

type meta struct {
	Err  error
	Tags []fmt.Stringer
}

type Result struct {
	meta
	OK bool
}

type D int

func (d D) String() string { return fmt.Sprintf("D%d", int(d)) }

func main() {
	r := Result{meta{errors.New("boom"), []fmt.Stringer{D(1)}}, false}
	fmt.Println(r)
	fmt.Printf("%+v\n", r)
}
