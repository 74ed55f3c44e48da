package main

import "fmt"

var count int

func getArr() [3]int {
	count++
	return [3]int{count, count * 10, count * 100}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	// ranging over the array value: the range expression is a copy
	for i, v := range a {
		if i == 0 {
			a[1] = 20
			a[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)

	b := [4]int{1, 2, 3, 4}
	// ranging over a pointer: sees the modifications
	for i, v := range &b {
		if i == 0 {
			b[1] = 20
			b[3] = 40
		}
		fmt.Print(v, " ")
	}
	fmt.Println(b)

	// index only: len evaluated once, no copy needed
	c := [3]string{"x", "y", "z"}
	for i := range c {
		c[i] += c[i]
	}
	fmt.Println(c)

	var z [0]int
	n := 0
	for range z {
		n++
	}
	for i, v := range z {
		fmt.Println("never", i, v)
	}
	fmt.Println("zero iterations:", n)

	// range over array from a function call: evaluated once
	for i, v := range getArr() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(count)

	// per-iteration variables captured by closures (Go 1.22 semantics)
	var fs []func() int
	for i, v := range [3]int{5, 6, 7} {
		fs = append(fs, func() int { return i*100 + v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// modifying the value var doesn't touch the array
	d := [3]int{1, 2, 3}
	for _, v := range d {
		v *= 10
		_ = v
	}
	fmt.Println(d)

	// nested arrays: v is a copy of the row
	grid := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range grid {
		row[0] = 0
	}
	for i := range grid {
		grid[i][1] *= 10
	}
	fmt.Println(grid)

	// range with existing variables
	var i, v int
	for i, v = range [3]int{7, 8, 9} {
	}
	fmt.Println(i, v)

	// range over nil pointer to array with only index: no dereference
	var np *[3]int
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
	// break/continue inside range over array
	sum := 0
	for _, x := range [6]int{1, 2, 3, 4, 5, 6} {
		if x%2 == 0 {
			continue
		}
		if x > 4 {
			break
		}
		sum += x
	}
	fmt.Println(sum)
}
