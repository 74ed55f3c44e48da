package main

import "fmt"

func sort(s []int) {
	for i := range len(s) {
		for j := 0; j < len(s)-1-i; j++ {
			if s[j] > s[j+1] {
				s[j], s[j+1] = s[j+1], s[j]
			}
		}
	}
}

func main() {
	s := []int{5, -2, 9, 0, 3, 3, -7}
	sort(s)
	fmt.Println(s)
	s[0] += 100
	s[1] *= 2
	s[2]++
	s[3]--
	fmt.Println(s)
	t := s
	t[6] = 0
	fmt.Println(s[6], len(t))
	i := 0
	i, s[i] = 2, 42
	fmt.Println(i, s[0], s[2])
}
