package main

import (
	"fmt"
	"sort"
)

// Inputs on which pdqsort runs out of its budget of unbalanced partitions and falls back
// to heapsort (found by a search against Go's algorithm).
var inputs = [][]int{
	{32, 23, 1, 12, 33, 10, 11, 13, 3, 0, 35, 3, 19, 6, 15, 36, 7, 6, 28, 13, 10, 24, 13, 23, 23, 10, 33, 19, 23, 20, 37, 25, 4, 23, 26, 1, 13, 10, 28, 9},
	{22, 0, 47, 0, 7, 3, 1, 8, 16, 60, 0, 37, 41, 18, 45, 50, 53, 51, 44, 14, 46, 9, 29, 36, 61, 48, 10, 22, 25, 4, 45, 53, 59, 57, 34, 27, 20, 30, 3, 9, 43, 33, 39, 39, 1, 13, 17, 6, 39, 14, 44, 0, 15, 17, 14, 11, 7, 4, 31, 47, 38, 38, 6, 21},
}

type rec struct{ key, id int }

type traced []rec

func (t traced) Len() int { return len(t) }
func (t traced) Less(i, j int) bool {
	fmt.Print("L", i, ",", j, " ")
	return t[i].key < t[j].key
}
func (t traced) Swap(i, j int) {
	fmt.Print("S", i, ",", j, " ")
	t[i], t[j] = t[j], t[i]
}

func recs(in []int) traced {
	t := make(traced, len(in))
	for i, k := range in {
		t[i] = rec{k, i}
	}
	return t
}

func main() {
	for _, in := range inputs {
		t := recs(in)
		sort.Sort(t)
		fmt.Println()
		fmt.Println(t)
		u := recs(in)
		sort.Slice(u, func(i, j int) bool {
			fmt.Print(i, "<", j, " ")
			return u[i].key < u[j].key
		})
		fmt.Println()
		fmt.Println(u)
		a := append([]int(nil), in...)
		sort.Ints(a)
		fmt.Println(a)
		f := make([]float64, len(in))
		s := make([]string, len(in))
		for i, v := range in {
			f[i] = float64(v)
			s[i] = fmt.Sprint(v + 100)
		}
		sort.Float64s(f)
		sort.Strings(s)
		fmt.Println(f)
		fmt.Println(s)
	}
}
