package main

import "fmt"

func nine(fail bool) (sum int) {
	defer func() {
		if r := recover(); r != nil {
			sum += 1000
		}
	}()
	defer func() { sum += 1 }()
	defer func() { sum += 2 }()
	defer func() { sum += 3 }()
	defer func() { sum += 4 }()
	defer func() { sum += 5 }()
	defer func() { sum += 6 }()
	defer func() { sum += 7 }()
	defer func() { sum *= 2 }()
	if fail {
		panic("fail")
	}
	return 10
}

func main() {
	fmt.Println(nine(false), nine(true))
}
