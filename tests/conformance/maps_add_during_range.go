package main

import "fmt"

func main() {
	m := map[int]bool{0: true, 1: true, 2: true}
	iters := 0
	for k := range m {
		iters++
		if k < 1000 {
			m[k+1000] = true
		}
	}
	fmt.Println(len(m), iters >= 3, iters <= 6)
	m2 := map[string]int{"x": 1}
	for k, v := range m2 {
		m2[k] = v + 100
	}
	fmt.Println(m2)
	big := make(map[int]int, 2)
	for i := 0; i < 10; i++ {
		big[i] = i
	}
	c := 0
	for k := range big {
		if k < 10 {
			big[k+100] = k
			big[k] = -k
		}
		c++
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), c >= 10, c <= 20, sum)
}
