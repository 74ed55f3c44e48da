package main

import "fmt"

func many(n int) (sum int) {
	for i := range n {
		defer func() { sum += i }()
	}
	return 0
}

func manyPanic(n int) (count int) {
	defer func() {
		if recover() != nil {
			count = -count
		}
	}()
	for i := 0; i < n; i++ {
		defer func() { count++ }()
	}
	panic("after loop")
}

func main() {
	fmt.Println(many(1000), many(0), many(1))
	fmt.Println(manyPanic(5000))
	total := 0
	for range 100 {
		total += many(100)
	}
	fmt.Println(total)
}
