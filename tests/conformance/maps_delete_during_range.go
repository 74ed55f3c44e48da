package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	// delete everything including not-yet-visited
	n := 0
	for k := range m {
		n++
		delete(m, k)
		delete(m, k+2)
		delete(m, k-2)
	}
	fmt.Println(len(m), n <= 50, n >= 1)
	for range m {
		fmt.Println("never")
	}
	m2 := map[string]bool{"a": true, "b": true, "c": true}
	cnt := 0
	for k := range m2 {
		clear(m2)
		cnt++
		_ = k
	}
	fmt.Println(cnt, len(m2), m2)
}
