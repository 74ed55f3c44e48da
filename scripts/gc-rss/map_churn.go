// A map grows to 1,000,000 int entries and is cut back to 10, three times; then a
// second map does the same: memory must come back (peak RSS stays bounded).
package main

import (
	"fmt"
	"sort"
)

const size = 1000000

func main() {
	m := map[int]int{}
	var kept []int
	for round := 0; round < 3; round++ {
		base := round * 10 * size
		for i := 0; i < size; i++ {
			m[base+i] = i * 3
		}
		fmt.Println("round", round, "grown to", len(m))
		sum := 0
		for i := 0; i < size; i++ {
			sum += m[base+i]
		}
		fmt.Println("round", round, "sum", sum)
		// Delete all but 10 of this round's entries (and of the earlier rounds' ones).
		for k := range m {
			if k < base || (k-base)%(size/10) != 7 {
				delete(m, k)
			}
		}
		fmt.Println("round", round, "left", len(m))
		kept = kept[:0]
		for k := range m {
			kept = append(kept, k)
		}
		sort.Ints(kept)
		for _, k := range kept {
			if m[k] != (k-base)*3 {
				fmt.Println("bad value at", k, m[k])
			}
		}
		fmt.Println("round", round, "keys", kept)
	}
	// A second map filled while the first one holds only 10 entries.
	other := make(map[int]int)
	for i := 0; i < size; i++ {
		other[i] = -i
	}
	for i := 0; i < size-10; i++ {
		delete(other, i)
	}
	ks := make([]int, 0)
	for k, v := range other {
		if v != -k {
			fmt.Println("bad", k, v)
		}
		ks = append(ks, k)
	}
	sort.Ints(ks)
	fmt.Println("other", len(other), ks)
	fmt.Println("first map", len(m), m[kept[0]], m[kept[9]])
}
