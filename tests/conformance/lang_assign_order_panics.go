package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var a []int
	b := []int{1, 2}
	i, j := 0, -1
	try("swap", func() { a[i], a[j] = a[j], a[i] })
	try("lhs-only", func() { a[i], b[0] = b[1], b[0] })
	try("rhs-only", func() { b[0], b[1] = a[j], a[i] })
	try("rhs2", func() { b[0], b[1] = b[1], a[i] })
	try("lhs2", func() { b[0], a[i] = a[5], b[0] })
	k := 3
	try("single", func() { a[i] = b[k] })
	var m map[string]int
	try("map", func() { m["x"], a[i] = 1, 2 })
	var p *[2]int
	try("ptr", func() { p[0], a[i] = b[k], 2 })
}
