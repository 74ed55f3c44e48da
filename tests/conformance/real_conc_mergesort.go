package main

import (
	"fmt"
	"runtime"
	"sort"
)

var sem = make(chan struct{}, 4)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func insertion(s []int) []int {
	out := append([]int(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func parallelSort(s []int, spawned *int, res chan<- []int) {
	res <- psort(s, spawned)
}

func psort(s []int, spawned *int) []int {
	if len(s) <= 16 {
		return insertion(s)
	}
	mid := len(s) / 2
	select {
	case sem <- struct{}{}:
		ch := make(chan []int, 1)
		var n int
		go func() {
			defer func() { <-sem }()
			parallelSort(s[:mid], &n, ch)
		}()
		right := psort(s[mid:], spawned)
		left := <-ch
		*spawned += n + 1
		return merge(left, right)
	default:
		left := psort(s[:mid], spawned)
		right := psort(s[mid:], spawned)
		return merge(left, right)
	}
}

func gen(n int, seed uint64) []int {
	s := make([]int, n)
	for i := range s {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		s[i] = int(seed%10000) - 5000
	}
	return s
}

func main() {
	for _, n := range []int{0, 1, 5, 17, 100, 1000, 5000} {
		in := gen(n, uint64(n)*2654435761+1)
		var spawned int
		out := psort(in, &spawned)
		ref := append([]int(nil), in...)
		sort.Ints(ref)
		ok := len(out) == len(ref)
		for i := range ref {
			if !ok || out[i] != ref[i] {
				ok = false
				break
			}
		}
		sum := 0
		for _, v := range out {
			sum += v
		}
		fmt.Printf("n=%d ok=%v sorted=%v sum=%d spawned>=0:%v\n", n, ok, sort.IntsAreSorted(out), sum, spawned >= 0)
		if n > 0 && n <= 17 {
			fmt.Println(out)
		} else if n > 0 {
			fmt.Println(out[:5], out[len(out)-5:])
		}
	}
	done := make(chan bool)
	results := make([][]int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			var sp int
			results[i] = psort(gen(300, uint64(i+7)), &sp)
			done <- true
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	for i, r := range results {
		fmt.Println(i, len(r), r[0], r[len(r)-1], sort.IntsAreSorted(r))
	}
	for len(sem) > 0 {
		runtime.Gosched()
	}
	fmt.Println(len(sem))
}
