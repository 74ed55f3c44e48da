// Go's iterate/delete idiom: each range deletes the first key it meets and stops, until
// the map is empty; then ranges over a map whose early entries were deleted, and
// deletions and insertions during a range.
package main

import "fmt"

func main() {
	m := map[int]int{}
	const n = 20000
	for i := 0; i < n; i++ {
		m[i] = i * 3
	}
	sum := 0
	for i := 0; i < n; i++ {
		for k, v := range m {
			sum += v - 3*k
			delete(m, k)
			break
		}
		if len(m) != n-1-i {
			panic("wrong size")
		}
	}
	fmt.Println(len(m), sum)

	// Delete the first half, then range over the rest.
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	for i := 0; i < 5; i++ {
		delete(m, i)
	}
	total := 0
	for k, v := range m {
		total += k * v
	}
	fmt.Println(len(m), total)

	// Deleting entries not reached yet: they are not produced.
	seen := 0
	for k := range m {
		seen++
		for j := 0; j < 10; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println(seen, len(m))

	// Clearing, then reuse.
	clear(m)
	m[7] = 49
	for k, v := range m {
		fmt.Println(k, v)
	}
}
