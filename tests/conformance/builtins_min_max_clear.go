package main

import "fmt"

func main() {
	a, b, c := 3, -1, 7
	fmt.Println(min(a, b, c), max(a, b, c), min(a), max(2, 9, 4))
	var u, v uint8 = 200, 100
	fmt.Println(min(u, v), max(u, v), max(u, 250))
	fmt.Println(min("b", "a", "c"), max("x", "yy"), min("pear", "apple"))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m))
	const k = max(3, 10, 4)
	fmt.Println(k, min(-5, 5))
	x := max(a, 5)
	fmt.Println(x)
}
