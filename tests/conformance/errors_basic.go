package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")

func find(xs []int, v int) (int, error) {
	for i, x := range xs {
		if x == v {
			return i, nil
		}
	}
	return -1, errNotFound
}

func main() {
	i, err := find([]int{4, 5, 6}, 5)
	fmt.Println(i, err, err == nil)
	i, err = find([]int{4, 5, 6}, 9)
	fmt.Println(i, err, err == errNotFound, err.Error())
	a := errors.New("same")
	b := errors.New("same")
	fmt.Println(a == b, a == a, a.Error() == b.Error())
	var none error
	fmt.Println(none, none == nil)
	var x any = err
	fmt.Println(x == err, x)
	msg := errors.New("wrapped: " + err.Error())
	fmt.Println(msg)
	println(msg.Error())
}
