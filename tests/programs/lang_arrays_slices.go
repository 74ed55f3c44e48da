package main

import "fmt"

func fill(a [4]int, v int) [4]int { // arrays are values: a is a copy
	for i := range a {
		a[i] = v
	}
	return a
}

func fillSlice(s []int, v int) { // slices share the backing array
	for i := range s {
		s[i] = v
	}
}

func info(name string, s []int) {
	fmt.Printf("%s=%v len=%d cap=%d\n", name, s, len(s), cap(s))
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	c := fill(a, 7)
	fmt.Println(a, b, c, a == [4]int{1, 2, 3, 4}, a != b)

	grid := [2][3]string{{"a", "b", "c"}, {"d", "e", "f"}}
	row := grid[1]
	row[0] = "X"
	fmt.Println(grid, row, len(grid), len(grid[0]))

	pa := &a
	pa[1] = 20 // indexing through an array pointer
	for i, v := range pa {
		if i == 0 {
			a[3] = 40 // range over *array sees the update
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range a { // range over an array value copies it first
		if i == 0 {
			a[3] = 400
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)

	s := a[1:3]
	info("s", s)
	s = append(s, 99) // fits in capacity: overwrites a[3]
	fmt.Println("a after append within cap:", a)
	s = append(s, 98) // exceeds capacity: new array
	s[0] = -1
	fmt.Println("a after growing append:", a, "s:", s)

	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	lim := base[2:4:5] // 3-index slice: cap 3
	info("lim", lim)
	lim = append(lim, 50)
	info("lim", lim)
	lim = append(lim, 60) // reallocates: base[5] untouched
	lim[0] = -2
	info("base", base)
	info("lim", lim)
	full := base[:0:0]
	full = append(full, 1)
	info("full", full)

	dst := make([]int, 3)
	n := copy(dst, base[5:])
	fmt.Println("copied", n, dst)
	n = copy(base[1:], base) // overlapping copy is memmove
	fmt.Println("overlap", n, base)
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))

	fillSlice(base[6:], 9)
	fmt.Println(base)

	x := []int{1, 2, 3}
	y := x[:2]
	y = append(y, 30) // aliases x[2]
	x = append(x, 4)  // x reallocates (cap 3)
	x[0] = 10
	fmt.Println(x, y)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty), append(nilS, 1))
	nilS = append(nilS, empty...)
	fmt.Println(nilS == nil)

	m := make([][]int, 3)
	for i := range m {
		m[i] = make([]int, i+1)
		for j := range m[i] {
			m[i][j] = i * j
		}
	}
	fmt.Println(m)

	ptr := (*[3]int)(base[:3]) // slice to array pointer shares memory
	ptr[0] = 77
	arr := [3]int(base[3:6]) // slice to array copies
	arr[0] = 88
	fmt.Println(base, *ptr, arr)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	i := 3
	_ = base[1:i:2] // max < high
}
