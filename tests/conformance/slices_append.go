package main

import "fmt"

func main() {
	var s []int
	for i := range 20 {
		s = append(s, i*i)
	}
	fmt.Println(len(s), s[19], s == nil)
	t := append(s, 1, 2, 3)
	fmt.Println(len(t), t[20], t[22], len(s))
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x[3], y[3], len(base), len(x))
	small := make([]int, 1, 1)
	p := append(small, 5)
	q := append(small, 6)
	p[0] = 9
	fmt.Println(small, p, q)
	words := []string{}
	words = append(words, "a")
	words = append(words, "b", "c")
	fmt.Println(words, len(words))
}
