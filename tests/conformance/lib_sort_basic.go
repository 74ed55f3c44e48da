package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 9, 3, 3, -7, 100, 42}
	fmt.Println("sorted before:", sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))

	strs := []string{"pear", "apple", "Banana", "cherry", "", "apple", "äpfel", "Zebra", "a"}
	fmt.Println("sorted before:", sort.IsSorted(sort.StringSlice(strs)))
	sort.Strings(strs)
	for _, s := range strs {
		fmt.Print("[", s, "] ")
	}
	fmt.Println(sort.IsSorted(sort.StringSlice(strs)))

	fl := []float64{3.5, -1, math.NaN(), 0, math.Inf(1), 2.25, math.Inf(-1), math.NaN(), -0.5}
	sort.Float64s(fl)
	fmt.Println(fl, math.IsNaN(fl[0]), math.IsNaN(fl[1]), math.IsInf(fl[2], -1))

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty), sort.IntsAreSorted(empty))
	one := []int{1}
	sort.Ints(one)
	fmt.Println(one)

	big := make([]int, 500)
	x := 12345
	for i := range big {
		x = (x*1103515245 + 12345) % 2147483648
		big[i] = x % 1000
	}
	sort.Ints(big)
	fmt.Println("big sorted:", sort.IntsAreSorted(big), big[0], big[250], big[499])
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println("big sum", sum)

	desc := []int{1, 2, 3, 4, 5, 6}
	sort.Sort(sort.Reverse(sort.IntSlice(desc)))
	fmt.Println("reverse", desc)
	rs := []string{"b", "c", "a"}
	sort.Sort(sort.Reverse(sort.StringSlice(rs)))
	fmt.Println("reverse strings", rs)

	is := sort.IntSlice{9, 7, 8}
	is.Sort()
	fmt.Println("IntSlice.Sort", is, is.Len(), is.Less(0, 1))
	is.Swap(0, 2)
	fmt.Println("after Swap", is, sort.IsSorted(is))
	ss := sort.StringSlice{"z", "x", "y"}
	sort.Sort(ss)
	fmt.Println("StringSlice", ss, ss.Search("y"))

	people := []string{"dave:40", "ann:25", "carl:31", "bob:25"}
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] })
	fmt.Println(people)
	nums := []int{10, 3, 7, 1}
	sort.Slice(nums, func(i, j int) bool { return nums[i] > nums[j] })
	fmt.Println("desc", nums, sort.SliceIsSorted(nums, func(i, j int) bool { return nums[i] > nums[j] }))
	fmt.Println("asc?", sort.SliceIsSorted(nums, func(i, j int) bool { return nums[i] < nums[j] }))

	grid := [][]int{{3, 1}, {1, 2}, {2, 0}, {1, 1}}
	sort.Slice(grid, func(i, j int) bool {
		if grid[i][0] != grid[j][0] {
			return grid[i][0] < grid[j][0]
		}
		return grid[i][1] < grid[j][1]
	})
	fmt.Println(grid)
}
