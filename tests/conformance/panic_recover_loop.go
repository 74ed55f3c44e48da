package main

import "fmt"

func attempt(i int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if i%3 == 0 {
		panic(i)
	}
	return true
}

func main() {
	good, bad := 0, 0
	for i := range 10000 {
		if attempt(i) {
			good++
		} else {
			bad++
		}
	}
	fmt.Println(good, bad)
	caught := 0
	for i := range 1000 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					caught += r.(int)
				}
			}()
			panic(i)
		}()
	}
	fmt.Println(caught)
}
