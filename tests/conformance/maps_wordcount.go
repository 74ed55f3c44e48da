package main

import "fmt"

func split(s string, words []string) []string {
	return words
}

func main() {
	words := []string{"a", "b", "a", "c", "b", "a", "", "c"}
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println(counts)
	fmt.Println(len(counts), counts["a"], counts["zz"])
	v, ok := counts["zz"]
	fmt.Println(v, ok)
	v, ok = counts[""]
	fmt.Println(v, ok)
	counts["a"] += 10
	counts["b"] -= 5
	counts["c"] *= 3
	counts["q"] |= 6
	counts["q"] <<= 2
	fmt.Println(counts)
	delete(counts, "nope")
	delete(counts, "")
	fmt.Println(counts, len(counts))
	clear(counts)
	fmt.Println(counts, len(counts), counts == nil)
}
