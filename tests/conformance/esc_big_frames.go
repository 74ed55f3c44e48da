package main

import "fmt"

func rec(d int) int {
	p := new([8000]int)
	p[d%8000] = d
	s := 0
	for _, v := range p {
		s += v
	}
	if d == 0 {
		return s
	}
	return s + rec(d-1)
}

func rec2(d int) int {
	var a [8100]int
	q := &a
	q[d%8100] = d
	if d == 0 {
		return q[0]
	}
	return q[d%8100] + rec2(d-1)
}

func main() {
	fmt.Println(rec(2000))
	fmt.Println(rec2(2000))
}
