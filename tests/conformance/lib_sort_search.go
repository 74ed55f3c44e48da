package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 2, 5, 6, 11, 12} {
		fmt.Println("SearchInts", x, sort.SearchInts(a, x))
	}
	dup := []int{1, 2, 2, 2, 3}
	fmt.Println("SearchInts dup", sort.SearchInts(dup, 2), sort.SearchInts(dup, 3))
	fmt.Println("SearchInts empty", sort.SearchInts(nil, 5))

	s := []string{"apple", "banana", "cherry", "date"}
	for _, x := range []string{"", "apple", "apricot", "cherry", "zebra"} {
		fmt.Println("SearchStrings", x, sort.SearchStrings(s, x))
	}

	fs := []float64{-1.5, 0, 2.5, 10}
	fmt.Println("Search floats", sort.Search(len(fs), func(i int) bool { return fs[i] >= 2.5 }), sort.Search(len(fs), func(i int) bool { return fs[i] >= 3 }))

	n := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first i with i*i>=50:", n)
	fmt.Println("Search none:", sort.Search(10, func(i int) bool { return false }))
	fmt.Println("Search all:", sort.Search(10, func(i int) bool { return true }))
	fmt.Println("Search zero:", sort.Search(0, func(i int) bool { return true }))

	calls := 0
	idx := sort.Search(1000000, func(i int) bool {
		calls++
		return i >= 765432
	})
	fmt.Println("Search big:", idx, calls <= 21)

	desc := []int{50, 40, 30, 20, 10}
	i := sort.Search(len(desc), func(i int) bool { return desc[i] <= 25 })
	fmt.Println("desc search:", i, desc[i])

	guess := 42
	found := sort.Search(101, func(i int) bool { return i >= guess })
	fmt.Println("guess:", found)

	is := sort.IntSlice{2, 4, 6, 8}
	fmt.Println("IntSlice.Search", is.Search(5), is.Search(8), is.Search(9))
	ss := sort.StringSlice{"a", "c", "e"}
	fmt.Println("StringSlice.Search", ss.Search("b"), ss.Search("e"))

	data := []int{27, 3, 14, 9, 1, 22}
	sort.Ints(data)
	for _, x := range []int{9, 10} {
		pos := sort.SearchInts(data, x)
		if pos < len(data) && data[pos] == x {
			fmt.Println(x, "found at", pos)
		} else {
			fmt.Println(x, "not found; insert at", pos)
			data = append(data, 0)
			copy(data[pos+1:], data[pos:])
			data[pos] = x
		}
	}
	fmt.Println(data, sort.IntsAreSorted(data))

	fmt.Println("IsSorted variants:",
		sort.SliceIsSorted([]int{1, 1, 2}, func(i, j int) bool { return i < j }),
		sort.IntsAreSorted([]int{2, 1}),
		sort.IsSorted(sort.StringSlice{"a", "b", "b"}),
		sort.IsSorted(sort.IntSlice{}))
}
