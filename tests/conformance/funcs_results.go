package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func parse(s string) (n int, err error) {
	if s == "" {
		err = errors.New("empty")
		return
	}
	for i := range len(s) {
		n = n*10 + i
	}
	return n, nil
}

func three() (int, bool, string) {
	return 1, true, "s"
}

func sum2(a, b int) int { return a + b }

func swap(a, b int) (int, int) { return b, a }

func noResult(s string) {
	if s == "" {
		return
	}
	fmt.Println("noResult", s)
}

func main() {
	fmt.Println(divmod(17, 5))
	q, r := divmod(-17, 5)
	fmt.Println(q, r)
	n, err := parse("abc")
	fmt.Println(n, err)
	n, err = parse("")
	fmt.Println(n, err, err != nil)
	fmt.Println(three())
	fmt.Println(sum2(swap(3, 4)))
	noResult("")
	noResult("x")
}
