package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println()
	fmt.Println(nil)
	fmt.Println(true, false, 0, -1, 9223372036854775807)
	fmt.Println("", "a", "", "b c")
	fmt.Println([]int{}, []int{1, -2}, []string{"x", "", "y z"}, []bool{true})
	fmt.Println([][]int{{1}, {}, nil, {2, 3}}, [][]string{{"a"}})
	var nilSlice []int
	var nilErr error
	var nilAny any
	var nilFunc func()
	fmt.Println(nilSlice, nilErr, nilAny, nilFunc == nil)
	fmt.Println(errors.New("an error"), []error{nil, errors.New("e")})
	fmt.Println([]any{nil, 1, "s", false, []any{}, []int{7}})
	var a any = []string{"in", "any"}
	var five any = 5
	fmt.Println(a, five)
	fmt.Println("mixed", 1, true, "x", nil, []int{2})
}
