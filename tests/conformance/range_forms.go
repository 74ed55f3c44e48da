package main

import "fmt"

func main() {
	sum := 0
	for i := range 5 {
		sum += i
	}
	n := 0
	for range 4 {
		n++
	}
	fmt.Println(sum, n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -3 {
		fmt.Println("never", i)
	}
	s := []int{3, 1, 4}
	for i := range s {
		print(i, " ")
	}
	for _, v := range s {
		print(v, " ")
	}
	for i, v := range s {
		print(i*v, " ")
	}
	for range s {
		print(". ")
	}
	println()
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = 40
		}
		print(v, " ")
	}
	println(len(s))
	var none []string
	for i, v := range none {
		fmt.Println("never", i, v)
	}
	limit := 3
	for i := range limit {
		limit = 10
		print(i)
	}
	println()
}
