package main

import "fmt"

var calls int

func f() [3]int {
	calls++
	return [3]int{calls, 2, 3}
}

func pf() *[5]int {
	calls++
	return nil
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := range 2 {
		for j := range 2 {
			for k := range 2 {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

type Op func(int) int

func main() {
	// len of an array-typed expression containing a call is not constant: f runs
	fmt.Println(len(f()), f()[0], calls)
	// len of *nil is constant: no dereference, no panic
	var np *[4]int
	fmt.Println(len(*np), cap(*np), len(np))
	fmt.Println(len(pf()), calls)

	// reference-typed elements: copying the array shares the backing data
	a := [2][]int{{1, 2}, {3}}
	b := a
	b[0][0] = 100
	b[1] = append(b[1], 4)
	fmt.Println(a, b)
	ms := [2]map[string]int{{"x": 1}, {}}
	ms2 := ms
	ms2[1]["y"] = 2
	fmt.Println(ms, ms2)

	// array of functions
	ops := [...]Op{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		nil,
	}
	v := 5
	for i, op := range ops {
		if op == nil {
			fmt.Println(i, "nil op")
			continue
		}
		v = op(v)
	}
	fmt.Println(v)

	m := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for range 10 {
		r = r.Mul(m)
	}
	fmt.Println(r, m)

	// large array: value copies and zero init
	var big [1000]int
	for i := range big {
		big[i] = i
	}
	big2 := big
	big2[999] = 0
	sum := 0
	for _, x := range big {
		sum += x
	}
	fmt.Println(sum, big[999], big2[999], big == big2)

	// pointer to element aliases the array; array copy does not
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	cp := arr
	*pe = 20
	fmt.Println(arr, cp, *pe)
	// array of pointers to the elements of another array
	var ptrs [3]*int
	for i := range arr {
		ptrs[i] = &arr[i]
	}
	for _, p := range ptrs {
		*p *= 2
	}
	fmt.Println(arr)
	// struct with embedded array field and array of structs with arrays
	type Cell struct{ V [2]int }
	var cells [2]Cell
	cells[1].V[0] = 9
	c2 := cells
	c2[1].V[1] = 8
	fmt.Println(cells, c2, cells == c2)
}
