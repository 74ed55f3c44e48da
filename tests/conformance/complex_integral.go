package main

import "fmt"

const two = (1 + 1i) * (1 - 1i)

var arr [two * two]int

func main() {
	s := make([]string, two, two*3)
	s[two-1] = "last"
	lit := [...]string{two: "x", 0: "y"}
	fmt.Println(len(arr), len(s), cap(s), s, lit, len(lit))
	x := 3
	fmt.Println(x<<two, 1<<(two+0i), two<<2, s[1+0i])
	var b byte = two * 100
	var f float32 = two / 4
	fmt.Println(b, f, int64(two*two*two))
	m := map[float64]int{two: 1, 2.5: 2}
	fmt.Println(m)
}
