package main

import "fmt"

func main() {
	s := make([]int, 5, 10)
	for i := range s {
		s[i] = i
	}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s, t)
	u := s[2:]
	u[0] = -2
	fmt.Println(s, t, u)
	v := s[:0]
	v = append(v, 7, 8)
	fmt.Println(s, v)
	w := s[4:5:5]
	w = append(w, 9)
	w[0] = 44
	fmt.Println(s, w, len(w), cap(w))
	x := s[1:2:3]
	x = append(x, 50)
	fmt.Println(s, x, cap(x))
	x = append(x, 60)
	x[0] = 111
	fmt.Println(s, x)
	e := s[5:5]
	fmt.Println(e, len(e), cap(e))
	e2 := s[5:10]
	fmt.Println(e2, len(e2))
	var nils []int
	fmt.Println(nils[:], nils[0:0], len(nils[:0]), nils[:0] == nil)
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3] == "", len(str[2:9]))
}
