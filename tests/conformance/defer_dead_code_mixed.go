package main

import "fmt"

func f(n int) (r int) {
	defer func() { r += 10 }()
	if n > 0 {
		return n
	}
	return -1
	for i := 0; i < 3; i++ {
		defer fmt.Println("never", i)
	}
	defer fmt.Println("never")
	return 5
}

func g() {
	defer fmt.Println("g")
	panic("boom")
	defer fmt.Println("dead")
}

func main() {
	defer func() { fmt.Println("recovered", recover()) }()
	fmt.Println(f(1), f(0))
	g()
}
