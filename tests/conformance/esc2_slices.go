package main

import "fmt"

// Append aliasing, full slice expressions, copy, 2D slices, variadic pointers.

var gsl []*int
var gints []int
var one *int
var gvs [][]*int

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*19 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[4]
}

func keepAll(ps ...*int)   { gsl = ps }
func keepOne(ps ...*int)   { one = ps[len(ps)-1] }
func keepVs(ps ...*int)    { gvs = append(gvs, ps) }
func firstOf(ps ...*int) *int { return ps[0] }
func sum(ps ...*int) int {
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}
func appendPtr(s []*int, p *int) []*int { return append(s, p) }

func appendWithinCap() []int {
	var arr [4]int
	s := arr[:0:4]
	for i := 0; i < 3; i++ {
		s = append(s, i+10)
	}
	return s // aliases arr
}

func appendBeyondCap() ([]int, []int) {
	var arr [2]int
	s := arr[:1]
	t := append(s, 21) // within cap: aliases arr
	u := append(t, 22) // beyond cap: new array
	arr[0] = 20
	return t, u
}

func threeIndex() [][]int {
	var out [][]int
	for i := 0; i < 3; i++ {
		var arr [6]int
		for j := range arr {
			arr[j] = i*10 + j
		}
		s := arr[1:3:4]
		s = append(s, 99) // writes arr[3]
		out = append(out, s, arr[2:])
	}
	return out
}

func copyToGlobal() {
	gints = make([]int, 5)
	for i := 0; i < 2; i++ {
		var loc [5]int
		for j := range loc {
			loc[j] = i*100 + j
		}
		copy(gints, loc[:])
	}
}

func copyPtrs() []*int {
	dst := make([]*int, 3)
	for i := 0; i < 3; i++ {
		x := i + 30
		src := []*int{&x, &x, &x}
		copy(dst[i:], src[:1])
	}
	return dst
}

func rangePtrs() []*int {
	var out []*int
	vals := [3]int{40, 41, 42}
	ps := []*int{&vals[0], &vals[1], &vals[2]}
	for _, p := range ps {
		out = append(out, p)
	}
	return out
}

func grid() [][]int {
	var rows [][]int
	for i := 0; i < 3; i++ {
		var row [3]int
		for j := 0; j < 3; j++ {
			row[j] = i*3 + j
		}
		rows = append(rows, row[:])
	}
	return rows
}

func gridLit() [][]*int {
	var rows [][]*int
	for i := 0; i < 3; i++ {
		a, b := i+50, i+60
		row := []*int{&a, &b}
		rows = append(rows, row)
	}
	return rows
}

func variadics() int {
	t := 0
	for i := 0; i < 3; i++ {
		a, b, c := i+70, i+80, i+90
		t += sum(&a, &b, &c)
		if i == 0 {
			keepAll(&a, &b)
		}
		if i == 1 {
			keepOne(&c, &b)
		}
		keepVs(&a, &c)
	}
	return t
}

func variadicFirst() *int {
	var r *int
	for i := 0; i < 3; i++ {
		a := i + 100
		if i == 2 {
			r = firstOf(&a)
		}
	}
	return r
}

func appendInCallee() []*int {
	var s []*int
	for i := 0; i < 3; i++ {
		x := i + 110
		s = appendPtr(s, &x)
	}
	return s
}

func sliceOfSlice() []int {
	var keep []int
	for i := 0; i < 3; i++ {
		arr := [5]int{i, i + 1, i + 2, i + 3, i + 4}
		s := arr[1:]
		t := s[1:3]
		u := t[:cap(t)]
		if i == 1 {
			keep = u
		}
	}
	return keep
}

func litSliceAlias() []int {
	var keep []int
	for i := 0; i < 3; i++ {
		s := []int{i, i * 2, i * 3}
		t := s[1:2]
		t = append(t, 120+i) // within cap: writes s[2]
		if i == 2 {
			keep = s
		}
	}
	return keep
}

func appendSliceSpread() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		a, b := i+130, i+140
		out = append(out, []*int{&a, &b}...)
	}
	return out
}

func main() {
	s := appendWithinCap()
	scribble(4)
	fmt.Println("withinCap", s, len(s), cap(s))
	t, u := appendBeyondCap()
	scribble(4)
	fmt.Println("beyondCap", t, u)
	for _, x := range threeIndex() {
		fmt.Print(x, len(x), cap(x), " ")
	}
	fmt.Println()
	copyToGlobal()
	scribble(4)
	fmt.Println("copy", gints)
	for _, p := range copyPtrs() {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	for _, p := range rangePtrs() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	g := grid()
	scribble(4)
	fmt.Println("grid", g)
	for _, r := range gridLit() {
		scribble(2)
		fmt.Print(*r[0], *r[1], " ")
	}
	fmt.Println()
	tot := variadics()
	scribble(4)
	fmt.Println("variadics", tot, *gsl[0], *gsl[1], *one)
	for _, v := range gvs {
		fmt.Print(*v[0], *v[1], " ")
	}
	fmt.Println()
	r := variadicFirst()
	scribble(4)
	fmt.Println("first", *r)
	for _, p := range appendInCallee() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
	k := sliceOfSlice()
	scribble(4)
	fmt.Println("sos", k, len(k), cap(k))
	l := litSliceAlias()
	scribble(4)
	fmt.Println("lit", l)
	for _, p := range appendSliceSpread() {
		scribble(2)
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
