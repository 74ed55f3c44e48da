package main

import (
	"errors"
	"fmt"
)

func describe(x any) string {
	if n, ok := x.(int); ok {
		if n < 0 {
			return "negative int"
		}
		return "int"
	}
	if _, ok := x.(string); ok {
		return "string"
	}
	if b, ok := x.(bool); ok && b {
		return "true bool"
	}
	if _, ok := x.(error); ok {
		return "error"
	}
	if x == nil {
		return "nil"
	}
	return "other"
}

func main() {
	var x any = 42
	fmt.Println(x.(int)+1, describe(x))
	x = "str"
	s := x.(string)
	fmt.Println(s+"!", describe(x))
	v, ok := x.(int)
	fmt.Println(v, ok)
	x = errors.New("bad")
	e := x.(error)
	fmt.Println(e.Error(), describe(x))
	var y interface{}
	fmt.Println(describe(y), describe(false), describe(true), describe(-3), describe([]int{1}))
	str, ok2 := y.(string)
	fmt.Println("["+str+"]", ok2)
	_, isErr := y.(error)
	fmt.Println(isErr, x == x, x != y)
	var a, b any = 3, 3
	fmt.Println(a == b, a == 4, a == "3")
}
