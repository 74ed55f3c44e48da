package main

import (
	"errors"
	"fmt"
)

type CodedError interface {
	error
	Code() int
}

type NotFound struct{ name string }

func (n NotFound) Error() string { return n.name + " not found" }
func (n NotFound) Code() int     { return 404 }

func find(name string) error {
	if name == "x" {
		return nil
	}
	if name == "bad" {
		return errors.New("bad request")
	}
	return NotFound{name}
}

func main() {
	for _, n := range []string{"x", "y", "bad"} {
		err := find(n)
		if err == nil {
			fmt.Println(n, "ok")
			continue
		}
		if ce, ok := err.(CodedError); ok {
			fmt.Println(n, ce.Code(), ce)
			var e error = ce
			fmt.Println(e.Error())
		} else {
			fmt.Println(n, "plain", err)
		}
	}
	var ce CodedError = NotFound{"z"}
	fmt.Println(ce)
	fmt.Print(ce, "\n")
}
