package main

import (
	"errors"
	"fmt"
)

func check(n int) error {
	if n%2 == 1 {
		return errors.New("odd")
	}
	return nil
}

func main() {
	var errs []error
	for i := range 4 {
		errs = append(errs, check(i))
	}
	fmt.Println(errs, len(errs))
	count := 0
	for _, e := range errs {
		if e != nil {
			count++
		}
	}
	fmt.Println("failures:", count, errs[0] == nil, errs[1] == errs[3])
	fixed := []error{nil, errors.New("x")}
	fmt.Println(fixed)
}
