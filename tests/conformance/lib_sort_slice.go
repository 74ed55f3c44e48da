package main

import (
	"fmt"
	"sort"
)

type small struct {
	a, b, c int8
}

type mid struct {
	k    int32
	tag  int16
	more [3]int16
}

type big struct {
	key  int
	name string
	pad  [3]int
}

type empty struct{}

func keys(n int) []int {
	seed := uint32(n)
	k := make([]int, n)
	for i := range k {
		seed = seed*1664525 + 1013904223
		k[i] = int(seed>>12) % 4
	}
	return k
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 200} {
		k := keys(n)
		// []int with a traced less
		a := append([]int(nil), k...)
		ids := make([]int, n)
		for i := range ids {
			ids[i] = i
		}
		fmt.Println("== Slice", n)
		sort.Slice(ids, func(i, j int) bool {
			if n <= 13 {
				fmt.Print(i, "<", j, " ")
			}
			return k[ids[i]] < k[ids[j]]
		})
		fmt.Println()
		fmt.Println(ids)
		fmt.Println(sort.SliceIsSorted(ids, func(i, j int) bool { return k[ids[i]] < k[ids[j]] }))
		sort.SliceStable(a, func(i, j int) bool { return a[i] > a[j] })
		fmt.Println(a, sort.SliceIsSorted(a, func(i, j int) bool { return a[i] > a[j] }))

		// Elements of every size class the swapper distinguishes.
		b := make([]byte, n)
		i16 := make([]int16, n)
		i32 := make([]int32, n)
		f64 := make([]float64, n)
		str := make([]string, n)
		anys := make([]any, n)
		sl := make([][]int, n)
		sm := make([]small, n)
		md := make([]mid, n)
		bg := make([]big, n)
		ps := make([]*big, n)
		em := make([]empty, n)
		for i, v := range k {
			b[i] = byte(v*10 + i%10)
			i16[i] = int16(v*1000 + i)
			i32[i] = int32(v*100000 + i)
			f64[i] = float64(v) + float64(i)/1000
			str[i] = fmt.Sprint(v, "-", i)
			anys[i] = i
			sl[i] = []int{v, i}
			sm[i] = small{int8(v), int8(i), 7}
			md[i] = mid{int32(v), int16(i), [3]int16{1, 2, int16(i)}}
			bg[i] = big{v, fmt.Sprint("n", i), [3]int{i, i * 2, i * 3}}
			ps[i] = &bg[i]
		}
		sort.Slice(b, func(i, j int) bool { return b[i]/10 < b[j]/10 })
		sort.Slice(i16, func(i, j int) bool { return i16[i]/1000 < i16[j]/1000 })
		sort.Slice(i32, func(i, j int) bool { return i32[i]/100000 < i32[j]/100000 })
		sort.Slice(f64, func(i, j int) bool { return int(f64[i]) < int(f64[j]) })
		sort.Slice(str, func(i, j int) bool { return str[i][0] < str[j][0] })
		sort.Slice(anys, func(i, j int) bool { return k[anys[i].(int)] < k[anys[j].(int)] })
		sort.Slice(sl, func(i, j int) bool { return sl[i][0] < sl[j][0] })
		sort.Slice(sm, func(i, j int) bool { return sm[i].a < sm[j].a })
		sort.Slice(md, func(i, j int) bool { return md[i].k < md[j].k })
		sort.Slice(ps, func(i, j int) bool { return ps[i].key < ps[j].key })
		sort.SliceStable(bg, func(i, j int) bool { return bg[i].key > bg[j].key })
		sort.Slice(em, func(i, j int) bool { return false })
		fmt.Println(b)
		fmt.Println(i16)
		fmt.Println(i32)
		fmt.Println(f64)
		fmt.Println(str)
		fmt.Println(anys)
		fmt.Println(sl)
		fmt.Println(sm)
		fmt.Println(md)
		for _, p := range ps {
			fmt.Print(p.key, p.name, " ")
		}
		fmt.Println()
		fmt.Println(bg)
		fmt.Println(len(em))
		bg2 := append([]big(nil), bg...)
		sort.Slice(bg2, func(i, j int) bool { return bg2[i].pad[0] < bg2[j].pad[0] })
		fmt.Println(bg2)
	}
	// A named slice type, and a subslice: only its elements move.
	type people []big
	p := people{{3, "c", [3]int{}}, {1, "a", [3]int{}}, {2, "b", [3]int{}}, {0, "z", [3]int{}}}
	sort.Slice(p[:3], func(i, j int) bool { return p[i].key < p[j].key })
	fmt.Println(p)
	arr := [5]int{5, 4, 3, 2, 1}
	sort.Slice(arr[1:4], func(i, j int) bool { return arr[1+i] < arr[1+j] })
	fmt.Println(arr)
}
