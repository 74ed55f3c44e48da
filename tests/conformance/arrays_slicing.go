package main

import "fmt"

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:3]
	fmt.Println(s, len(s), cap(s))
	s[0] = 10
	fmt.Println(a)
	all := a[:]
	fmt.Println(len(all), cap(all))
	all[5] = 50
	fmt.Println(a[5])

	// append within capacity overwrites the array
	s = append(s, 30)
	fmt.Println(a, s, len(s), cap(s))
	// 3-index slice limits capacity: append must reallocate
	t := a[1:2:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 77)
	fmt.Println(a, t)
	t = append(t, 88)
	t[0] = -1
	fmt.Println(a, t, len(t))

	// slicing through a pointer to array
	p := &a
	ps := p[4:]
	ps[0] = 400
	fmt.Println(a, len(ps), cap(ps))
	fmt.Println(p[:0], len(p[:0]), cap(p[:0]), cap(p[2:4:5]))

	// copy into array
	var dst [4]int
	n := copy(dst[:], []int{9, 8, 7, 6, 5})
	fmt.Println(n, dst)
	n = copy(dst[1:], dst[:])
	fmt.Println(n, dst)
	var bs [5]byte
	n = copy(bs[:], "hey")
	fmt.Println(n, bs, string(bs[:n]))

	fill(a[2:4], 8)
	fmt.Println(a)

	// slices of a 2D array share rows
	var g [2][3]int
	r := g[1][:]
	r[2] = 5
	rows := g[:]
	rows[0][0] = 1
	fmt.Println(g, len(rows))

	// arrays of strings sliced and re-sliced
	words := [...]string{"a", "b", "c", "d", "e"}
	w := words[1:4]
	w = w[1:cap(w)]
	fmt.Println(w, len(w), cap(w))
	w[0] = "C"
	fmt.Println(words)

	// full-slice of array then append beyond capacity: array untouched
	small := [2]int{1, 2}
	grown := append(small[:], 3)
	grown[0] = 100
	fmt.Println(small, grown)
	// append at length < cap of array slice
	buf := [4]int{}
	bsl := buf[:0]
	for i := 1; i <= 4; i++ {
		bsl = append(bsl, i*11)
	}
	fmt.Println(buf, bsl)
	i, j := 1, 3
	fmt.Println(buf[i:j], buf[j:], buf[:i])
}
