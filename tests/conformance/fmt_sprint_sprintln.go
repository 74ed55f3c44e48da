package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

type C int

func (c C) String() string { return fmt.Sprint("C", int(c)) }

func main() {
	s := fmt.Sprint("a", 1, 2, "b", 3.5, true, nil)
	fmt.Println(s, len(s))
	s = fmt.Sprintln("a", 1, 2, "b", 3.5, true, nil)
	fmt.Print(s)
	fmt.Println(len(s))
	args := []any{1, "x", T{1, "y"}, &T{2, "z"}, C(7), errors.New("e")}
	fmt.Println(fmt.Sprint(args...))
	fmt.Println(fmt.Sprintln(args...) + "|")
	fmt.Println(fmt.Sprint() == "", fmt.Sprintln() == "\n")
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(fmt.Sprint(m, []int{1, 2}, [2]bool{true}))
	var e error
	defer func() {
		r := recover()
		fmt.Println("recovered:", fmt.Sprint(r))
	}()
	panic(fmt.Sprint("boom ", 42, e))
}
