package main

import (
	"errors"
	"fmt"
)

func main() {
	s := []any{1, "x", nil, true}
	fmt.Println(s...)
	fmt.Print(s...)
	fmt.Print("\n")
	fmt.Println(s)
	var empty []any
	fmt.Println(empty...)
	fmt.Print(empty...)
	words := []any{"a", "b", 3, 4, "c"}
	fmt.Print(words...)
	fmt.Println()
	fmt.Println(append(words, errors.New("e"))...)
	defer fmt.Println(s...)
	s[0] = "changed"
	fmt.Println(empty...)
}
