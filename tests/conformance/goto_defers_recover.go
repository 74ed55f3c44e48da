package main

import (
	"errors"
	"fmt"
)

var attempts int

func flaky() int {
	attempts++
	if attempts < 3 {
		panic(errors.New("flaky failure"))
	}
	return attempts * 100
}

func retry() (result int, err error) {
	tries := 0
retry:
	tries++
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = r.(error)
				fmt.Println("recovered on try", tries, ":", r)
			}
		}()
		err = nil
		result = flaky()
	}()
	if err != nil && tries < 5 {
		goto retry
	}
	return
}

func retryOuter() (n int) {
	defer func() { n = -n }()
	k := 0
loop:
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("outer recovered", r, "k =", k, "n =", n)
			n += 1000
		}
	}()
	k++
	n += k
	if k < 3 {
		goto loop
	}
	panic("boom")
}

func main() {
	fmt.Println(retry())
	fmt.Println(retryOuter())
	attempts = 0
	fmt.Println(retry())
}
