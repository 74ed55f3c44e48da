package main

import (
	"fmt"
	"sort"
)

type item struct {
	key  int
	name string
}

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func makeItems() []item {
	names := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"}
	var items []item
	for i := 0; i < 60; i++ {
		items = append(items, item{key: (i * 7) % 5, name: names[i%26] + fmt.Sprint(i)})
	}
	return items
}

func show(items []item) {
	for i, it := range items {
		if i > 0 && it.key != items[i-1].key {
			fmt.Println()
		}
		fmt.Print(it.key, ":", it.name, " ")
	}
	fmt.Println()
}

func main() {
	items := makeItems()
	sort.SliceStable(items, func(i, j int) bool { return items[i].key < items[j].key })
	fmt.Println("SliceStable:")
	show(items)

	items2 := makeItems()
	sort.Stable(byKey(items2))
	fmt.Println("Stable:")
	show(items2)
	fmt.Println("IsSorted:", sort.IsSorted(byKey(items2)))

	items3 := makeItems()
	sort.Stable(sort.Reverse(byKey(items3)))
	fmt.Println("Stable Reverse:")
	show(items3)

	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date", "plum", "pear", "lime", "grape"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println("by length:", words)

	sort.SliceStable(words, func(i, j int) bool { return false })
	fmt.Println("no-op stable:", words)

	items4 := makeItems()
	sort.Sort(byKey(items4))
	keys := []int{}
	for _, it := range items4 {
		keys = append(keys, it.key)
	}
	fmt.Println("Sort keys:", keys)
	fmt.Println("SliceIsSorted:", sort.SliceIsSorted(items4, func(i, j int) bool { return items4[i].key < items4[j].key }))

	counts := map[int]int{}
	for _, it := range items4 {
		counts[it.key]++
	}
	fmt.Println("counts:", counts[0], counts[1], counts[2], counts[3], counts[4])
}
