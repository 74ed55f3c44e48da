package main

import "fmt"

var g = []int{1, 2, 3}
var gp *int

type P struct{ x, y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func named() (a, b int) {
	defer func() { recover(); fmt.Println("named saw", a, b) }()
	var s []int
	i := 2
	a, b = 7, s[i]
	return
}

func main() {
	var a []int
	b := []int{10, 20, 30}
	i, j, k := 0, -1, 5
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	try("local then index", func() { x, a[i] = b[k], b[j] })
	try("index then local", func() { a[i], x = b[j], b[k] })
	try("global", func() { g[0], g[k] = g[k], g[0] })
	try("deref", func() { *gp, b[0] = b[k], 1 })
	try("deref2", func() { b[0], *gp = 1, b[k] })
	var m map[int]int
	try("map", func() { b[0], m[1] = b[j], b[k] })
	p := &P{}
	var np *P
	try("field", func() { p.x, np.y = b[k], b[j] })
	try("field2", func() { np.x, p.y = b[k], b[j] })
	arr := [3]int{}
	try("array", func() { arr[0], b[i] = b[k], arr[2] })
	s := "abc"
	try("string", func() { x, y = int(s[k]), int(s[j+10]) })
	named()
	try("blank", func() { _, a[i] = b[k], b[j] })
	fmt.Println(b, arr, x, y)
}
