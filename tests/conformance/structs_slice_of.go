package main

import "fmt"

type Item struct {
	name string
	qty  int
}

func total(items []Item) int {
	t := 0
	for _, it := range items {
		t += it.qty
	}
	return t
}

func bump(items []Item) {
	for i := range items {
		items[i].qty *= 10
	}
}

func main() {
	xs := []Item{{"a", 1}, {"b", 2}, {name: "c"}}
	xs[2].qty = 3
	fmt.Println(xs, total(xs))
	for _, it := range xs {
		it.qty = 0
	}
	fmt.Println("range copy unchanged:", xs)
	bump(xs)
	fmt.Println("bumped via slice:", xs)
	first := xs[0]
	first.name = "changed"
	fmt.Println(first, xs[0])
	ys := make([]Item, 2)
	fmt.Println("made:", ys, len(ys))
	ys = append(ys, Item{"d", 4})
	ys[0].name = "z"
	fmt.Println(ys)
	alias := xs
	alias[1].name = "B"
	fmt.Println("alias writes through:", xs[1])
	grid := [][]Item{{{"p", 1}}, {{"q", 2}, {"r", 3}}}
	grid[1][1].qty = 33
	fmt.Println(grid)
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("xs at recover:", xs)
	}()
	i := 5
	xs[i].qty = 1
}
