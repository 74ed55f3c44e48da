package main

import (
	"fmt"
	"sort"
)

type T struct{ a int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, r, isErr)
		if isErr {
			fmt.Println("  ", err.Error())
		}
	}()
	f()
}

func main() {
	less := func(i, j int) bool { return false }
	var nilSlice []int
	var m = map[int]int{1: 1, 2: 2}
	try("int", func() { sort.Slice(5, less) })
	try("nil", func() { sort.Slice(nil, less) })
	try("array", func() { sort.Slice([3]int{3, 2, 1}, less) })
	try("string", func() { sort.SliceStable("abc", less) })
	try("ptr", func() { sort.Slice(&nilSlice, less) })
	try("struct", func() { sort.SliceStable(T{1}, less) })
	try("map", func() { sort.Slice(m, less) })
	try("func", func() { sort.Slice(less, less) })
	try("float", func() { sort.Slice(1.5, less) })
	try("nil slice", func() { sort.Slice(nilSlice, less) })
	fmt.Println(sort.SliceIsSorted([3]int{3, 2, 1}, func(i, j int) bool { fmt.Print(i, j, " "); return false }))
	fmt.Println(sort.SliceIsSorted("abcd", func(i, j int) bool { fmt.Print(i, j, " "); return false }))
	fmt.Println(sort.SliceIsSorted(m, func(i, j int) bool { fmt.Print(i, j, " "); return false }))
	fmt.Println(sort.SliceIsSorted(nilSlice, nil))
	try("isSorted int", func() { sort.SliceIsSorted(5, less) })
	try("isSorted nil", func() { sort.SliceIsSorted(nil, less) })
	try("isSorted ptr", func() { sort.SliceIsSorted(&nilSlice, less) })
	try("isSorted struct", func() { sort.SliceIsSorted(T{}, less) })
	try("less panics", func() {
		s := []int{3, 1, 2}
		sort.Slice(s, func(i, j int) bool { panic(fmt.Sprint("less ", i, j)) })
	})
	try("nil less", func() { sort.Slice([]int{2, 1}, nil) })
	try("nil Interface", func() { sort.Sort(nil) })
	sort.SliceStable(T{}, less)
}
