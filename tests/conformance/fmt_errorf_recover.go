package main

import (
	"errors"
	"fmt"
)

func mayFail(n int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("recovered %T: %v\n", r, r)
			if e, ok := r.(error); ok {
				err = fmt.Errorf("mayFail(%d): %v", n, e)
			} else {
				err = fmt.Errorf("mayFail(%d): non-error %v", n, r)
			}
		}
	}()
	switch n {
	case 1:
		panic(fmt.Errorf("bad input %d", n))
	case 2:
		panic(errors.New("plain error"))
	case 3:
		var a []int
		return a[n], nil
	case 4:
		panic(fmt.Sprintf("string panic %03d", n))
	}
	return n * 10, nil
}

func main() {
	for i := 0; i < 5; i++ {
		r, err := mayFail(i)
		fmt.Println(i, r, err)
		if err != nil {
			fmt.Printf("  %T %q\n", err, err.Error())
		}
	}
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println("caught:", err, err.Error() == "first 1")
		}()
		panic(fmt.Errorf("first %d", 1))
	}()
	defer fmt.Println("outer deferred")
	defer func() {
		r := recover()
		fmt.Println("re-panicking after", r)
		panic(fmt.Errorf("second: %v", r))
	}()
	panic(fmt.Errorf("original %s/%d", "x", 2))
}
