package main

import (
	"errors"
	"fmt"
	"runtime"
)

func lookup(m map[string]error, k string) error {
	return m[k]
}

func main() {
	defer func() {
		r := recover()
		err, _ := r.(error)
		var pne *runtime.PanicNilError
		fmt.Println("recovered:", r, errors.As(err, &pne))
		// A second panic(nil), from a deferred call, is not recovered.
		m := map[string]error{"a": errors.New("a failed")}
		fmt.Println("a:", lookup(m, "a"))
		panic(lookup(m, "b"))
	}()
	var e error
	panic(e)
}
