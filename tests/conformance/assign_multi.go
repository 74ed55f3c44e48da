package main

import "fmt"

func pair() (int, string) {
	return 7, "seven"
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	f0, f1 := 0, 1
	for range 10 {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0, f1)
	n, s := pair()
	_, t := pair()
	m, _ := pair()
	fmt.Println(n, s, t, m)
	var p, q int = 4, 5
	var u, v = "u", true
	fmt.Println(p, q, u, v)
	n, w := 8, "new"
	fmt.Println(n, w)
	arr := []int{0, 0, 0}
	k := 0
	k, arr[k] = 1, 5
	fmt.Println(k, arr)
	var _ = 3
	_ = "discarded"
}
