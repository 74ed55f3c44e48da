package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, 2, "y", 3, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print(1, "s", 2, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print("", 5, "", 6, "\n")
	var s any = "str"
	fmt.Print(s, 7, s, "\n")
	fmt.Print()
	fmt.Print("end\n")
}
