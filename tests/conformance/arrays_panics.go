package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "->", r)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	var a [3]int
	i := 5
	try("index", func() { a[i] = 1 })
	try("read", func() { fmt.Println(a[i-1]) })
	n := -1
	try("negative", func() { _ = a[n] })
	var g [2][4]int
	j := 4
	try("inner", func() { g[1][j] = 2 })
	try("outer", func() { g[j][0] = 2 })
	lo, hi := 2, 4
	try("slice hi", func() { _ = a[:hi] })
	try("slice lo>hi", func() { _ = a[hi-1 : lo-1] })
	try("slice3", func() { _ = a[0:1:hi] })
	var np *[3]int
	try("nil ptr index", func() { np[1] = 5 })
	try("nil ptr len", func() { fmt.Println(len(np)) })
	try("nil ptr slice", func() { fmt.Println(len(np[:]), np[:] == nil) })

	s := []int{1, 2, 3}
	try("conv array", func() { fmt.Println([4]int(s)) })
	try("conv ptr", func() { fmt.Println((*[4]int)(s)) })
	try("conv ok", func() {
		arr := [3]int(s)
		arr[0] = 100
		p := (*[2]int)(s)
		p[1] = 200
		fmt.Println(arr, s, *p)
	})
	var nilS []int
	try("nil to ptr0", func() { fmt.Println((*[0]int)(nilS) == nil, [0]int(nilS)) })
	try("nil to ptr1", func() { fmt.Println((*[1]int)(nilS)) })
	try("after", func() { a[2] = 7; fmt.Println(a) })
	str := "abc"
	k := 3
	try("string idx", func() { _ = str[k] })
	// evaluation: index panics before the RHS call? RHS call first.
	try("order", func() {
		a[i] = func() int { fmt.Println("  rhs evaluated"); return 1 }()
	})
	try("custom", func() { panic([2]int{4, 5}) })
	try("recover arr", func() { panic(&[1]string{"boxed"}) })
}
