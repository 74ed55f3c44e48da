package main

import "fmt"

type T struct {
	a, b int
	s    [3]int
	p    *int
}

func newZeroed() {
	for i := 0; i < 4; i++ {
		p := new([4]int)
		p[i] = i + 1
		fmt.Println("new", p[0], p[1], p[2], p[3])
	}
}

func litPartial() {
	for i := 0; i < 3; i++ {
		t := &T{a: i}
		t.b += 10
		t.s[i] = 5
		if t.p == nil {
			x := i * 2
			t.p = &x
		}
		fmt.Println("lit", t.a, t.b, t.s, *t.p)
	}
}

func sliceLitSparse() {
	for i := 0; i < 3; i++ {
		s := []int{4: 9}
		s[i] += i + 1
		fmt.Println("slice", s)
	}
}

func declZeroed() {
	for i := 0; i < 3; i++ {
		var arr [3]int
		p := &arr
		p[i] = 7
		var t T
		q := &t
		q.a += i
		q.s[2]++
		fmt.Println("decl", arr, t.a, t.s)
	}
}

func closureFresh() {
	for i := 0; i < 3; i++ {
		n := 0
		f := func() int { n += i; return n }
		f()
		fmt.Println("closure", f(), n)
	}
}

func rangeFresh() {
	for _, v := range []int{3, 4, 5} {
		acc := new(int)
		for k := 0; k < v; k++ {
			*acc += k
		}
		fmt.Println("range", v, *acc)
	}
}

func nestedFresh() {
	for i := 0; i < 2; i++ {
		outer := &T{a: i}
		for j := 0; j < 2; j++ {
			inner := &T{b: j}
			inner.a += outer.a
			outer.b += 1
			fmt.Println("nested", i, j, inner.a, inner.b, outer.b)
		}
	}
}

func main() {
	newZeroed()
	litPartial()
	sliceLitSparse()
	declZeroed()
	closureFresh()
	rangeFresh()
	nestedFresh()
}
