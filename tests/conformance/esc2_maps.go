package main

import "fmt"

// Map values (and keys) that are pointers, slices, closures or structs holding pointers
// to frame data.

type Rec struct {
	p  *int
	s  []int
	fn func() int
}

var gm = map[int]*int{}

func scribble(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*47 + i
	}
	if n > 0 {
		return a[n%64] + scribble(n-1)
	}
	return a[11]
}

func ptrValues() {
	for i := 0; i < 3; i++ {
		x := i + 10
		gm[i] = &x
	}
}

func localMap() map[string][]int {
	m := map[string][]int{}
	for i := 0; i < 3; i++ {
		arr := [3]int{i, i * 2, i * 3}
		m[string(rune('a'+i))] = arr[:]
	}
	return m
}

func closureValues() map[int]func() int {
	m := make(map[int]func() int)
	for i := 0; i < 3; i++ {
		c := i * 100
		m[i] = func() int { c++; return c }
	}
	return m
}

func structValues() map[string]Rec {
	m := map[string]Rec{}
	for i := 0; i < 3; i++ {
		x := i + 20
		arr := [2]int{i, -i}
		y := i + 30
		m[string(rune('x'+i))] = Rec{&x, arr[:], func() int { return y }}
	}
	return m
}

func ptrKeys() map[*int]int {
	m := map[*int]int{}
	for i := 0; i < 3; i++ {
		x := i + 40
		m[&x] = i
	}
	return m
}

func mapLit() map[int]*[2]int {
	var keep map[int]*[2]int
	for i := 0; i < 3; i++ {
		a := [2]int{i, i + 50}
		b := [2]int{i, i + 60}
		mm := map[int]*[2]int{0: &a, 1: &b}
		if i == 1 {
			keep = mm
		}
	}
	return keep
}

func mapOfMaps() map[int]map[int]*int {
	outer := map[int]map[int]*int{}
	for i := 0; i < 2; i++ {
		inner := map[int]*int{}
		for j := 0; j < 2; j++ {
			v := i*10 + j + 70
			inner[j] = &v
		}
		outer[i] = inner
	}
	return outer
}

func localOnly() int {
	t := 0
	for i := 0; i < 3; i++ {
		x := i + 80
		m := map[int]*int{0: &x}
		*m[0] += 1
		t += x
	}
	return t
}

func main() {
	ptrValues()
	scribble(5)
	fmt.Println("ptrValues", *gm[0], *gm[1], *gm[2])
	lm := localMap()
	scribble(5)
	fmt.Println("localMap", lm["a"], lm["b"], lm["c"])
	cm := closureValues()
	scribble(5)
	fmt.Println("closures", cm[0](), cm[1](), cm[2](), cm[0]())
	sm := structValues()
	scribble(5)
	for _, k := range []string{"x", "y", "z"} {
		r := sm[k]
		fmt.Print(*r.p, r.s, r.fn(), " ")
	}
	fmt.Println()
	pk := ptrKeys()
	scribble(5)
	t := 0
	for k, v := range pk {
		t += *k * (v + 1)
	}
	fmt.Println("ptrKeys", t, len(pk))
	ml := mapLit()
	scribble(5)
	fmt.Println("mapLit", *ml[0], *ml[1])
	mom := mapOfMaps()
	scribble(5)
	fmt.Println("mapOfMaps", *mom[0][0], *mom[0][1], *mom[1][0], *mom[1][1])
	fmt.Println("localOnly", localOnly())
}
