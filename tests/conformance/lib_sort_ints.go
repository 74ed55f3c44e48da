package main

import (
	"fmt"
	"sort"
	"unsafe"
)

func bitsOf(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

func gen(n, shape, mod int) []int {
	seed := uint32(n*31 + shape*7 + mod)
	a := make([]int, n)
	for i := range a {
		seed = seed*1664525 + 1013904223
		switch shape {
		case 0:
			a[i] = int(seed>>8)%mod - mod/2
		case 1:
			a[i] = i / mod
		case 2:
			a[i] = (n - i) / mod
		case 3:
			a[i] = i % mod
		case 4:
			a[i] = min(i, n-i) % mod
		}
	}
	return a
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 1000} {
		for shape := 0; shape < 5; shape++ {
			for _, mod := range []int{1, 3, 100, 1 << 30} {
				a := gen(n, shape, mod)
				before := sort.IntsAreSorted(a)
				sort.Ints(a)
				h := 0
				for _, v := range a {
					h = h*31 + v
				}
				fmt.Println("Ints", n, shape, mod, before, sort.IntsAreSorted(a), h, len(a))
				if n <= 13 {
					fmt.Println(a)
				}
				for _, x := range []int{-5, 0, 1, 2, 50, 1 << 29} {
					fmt.Print(sort.SearchInts(a, x), sort.IntSlice(a).Search(x), " ")
				}
				fmt.Println()
				// Float64s with signed zeros and NaNs whose payloads show where they went.
				f := make([]float64, len(a))
				var zero float64
				nan := zero / zero
				for i, v := range a {
					switch (v + i) % 5 {
					case 0:
						f[i] = -zero * float64(1+i%2)
						if i%2 == 0 {
							f[i] = zero
						}
					case 1:
						f[i] = nan
						bits := bitsOf(nan) + uint64(i)
						f[i] = *(*float64)(unsafe.Pointer(&bits))
					case 2:
						f[i] = float64(v) / 4
					case 3:
						f[i] = 1 / zero
						if i%3 == 0 {
							f[i] = -f[i]
						}
					default:
						f[i] = float64(i % 3)
					}
				}
				b1 := sort.Float64sAreSorted(f)
				g := append([]float64(nil), f...)
				sort.Float64s(f)
				sort.Sort(sort.Float64Slice(g))
				var hf, hg uint64
				for i := range f {
					hf = hf*1000003 + bitsOf(f[i])
					hg = hg*1000003 + bitsOf(g[i])
				}
				fmt.Println("Float64s", b1, sort.Float64sAreSorted(f), hf, hg)
				if n <= 13 {
					fmt.Println(f, g)
					for _, v := range f {
						fmt.Print(bitsOf(v), " ")
					}
					fmt.Println()
				}
				fmt.Println(sort.SearchFloat64s(f, 0), sort.SearchFloat64s(f, 1), sort.Float64Slice(f).Search(-1))
				// Strings
				s := make([]string, len(a))
				for i, v := range a {
					s[i] = fmt.Sprint(v % 17)
				}
				t := append([]string(nil), s...)
				b2 := sort.StringsAreSorted(s)
				sort.Strings(s)
				sort.StringSlice(t).Sort()
				fmt.Println("Strings", b2, sort.StringsAreSorted(s), sort.SearchStrings(s, "1"), sort.StringSlice(s).Search("5"))
				if n <= 13 {
					fmt.Println(s, t)
				}
				// IntSlice through Sort and Reverse
				c := gen(n, shape, mod)
				sort.Sort(sort.Reverse(sort.IntSlice(c)))
				d := gen(n, shape, mod)
				sort.IntSlice(d).Sort()
				fmt.Println(sort.IsSorted(sort.Reverse(sort.IntSlice(c))), sort.IsSorted(sort.IntSlice(d)), sort.IntSlice(d).Len())
				if n <= 13 {
					fmt.Println(c, d)
				}
			}
		}
	}
	// Search and Find
	a := []int{1, 3, 3, 3, 5, 8, 13, 21}
	for x := -1; x < 23; x++ {
		i, found := sort.Find(len(a), func(i int) int {
			if x < a[i] {
				return -1
			} else if x > a[i] {
				return 1
			}
			return 0
		})
		fmt.Println(x, sort.Search(len(a), func(i int) bool { return a[i] > x }), i, found)
	}
	calls := 0
	fmt.Println(sort.Search(1000000, func(i int) bool { calls++; return i*i >= 123456789 }), calls)
	fmt.Println(sort.Search(0, nil), sort.Search(-5, nil))
	i, found := sort.Find(0, nil)
	fmt.Println(i, found)
	var fs sort.Float64Slice = []float64{3, 1, 2}
	fmt.Println(fs.Len(), fs.Less(0, 1), fs.Less(1, 0))
	fs.Swap(0, 1)
	fmt.Println(fs)
	var ss sort.StringSlice = []string{"b", "a"}
	fmt.Println(ss.Len(), ss.Less(0, 1), ss.Less(1, 0))
	ss.Swap(0, 1)
	fmt.Println(ss)
	var is sort.IntSlice = []int{2, 1}
	fmt.Println(is.Len(), is.Less(0, 1), is.Less(1, 0))
	is.Swap(0, 1)
	fmt.Println(is)
	var itf sort.Interface = is
	fmt.Println(itf.Len())
}
