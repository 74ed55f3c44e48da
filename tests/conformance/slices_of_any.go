package main

import (
	"errors"
	"fmt"
)

func main() {
	var nothing any
	vals := []any{1, "two", true, nil, errors.New("four"), []int{5, 6}, -7, "", []any{8, "nine"}}
	fmt.Println(vals)
	fmt.Println(len(vals), nothing, nothing == nil, vals[3] == nil)
	for i, v := range vals {
		if n, ok := v.(int); ok {
			fmt.Println(i, "int", n)
		} else if s, ok := v.(string); ok {
			fmt.Println(i, "string", "["+s+"]")
		} else if e, ok := v.(error); ok {
			fmt.Println(i, "error", e.Error())
		}
	}
	vals[0] = "replaced"
	fmt.Println(vals[0], vals[2] == true, vals[6] == -7)
}
