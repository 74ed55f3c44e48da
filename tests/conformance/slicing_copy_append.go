package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := make([]int, 3)
	n := copy(b, a)
	fmt.Println(n, b)
	n = copy(a[1:], a)
	fmt.Println(n, a)
	n = copy(a, a[3:])
	fmt.Println(n, a)
	var nilb []int
	fmt.Println(copy(nilb, a), copy(a, nilb))
	c := append([]int(nil), a...)
	c[0] = 99
	fmt.Println(a, c, len(c))
	d := append(a[:2], a[3:]...)
	fmt.Println(a, d)
	e := append(nilb, nilb...)
	fmt.Println(e == nil, len(e))
	f := append([]int{}, nilb...)
	fmt.Println(f == nil, len(f))
	g := a[:1]
	g = append(g, g...)
	g = append(g, g...)
	fmt.Println(g, a)
	strs := []string{"x"}
	strs = append(strs, []string{"y", "z"}...)
	fmt.Println(strs, cap(strs) >= 3)
	bs := make([]byte, 3)
	fmt.Println(copy(bs, []byte{1, 2, 3, 4}), bs)
}
