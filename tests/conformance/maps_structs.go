package main

import "fmt"

type Point struct {
	X, Y int
}

type Item struct {
	Name string
	Qty  int
}

func main() {
	grid := map[Point]string{{1, 2}: "a", {0, 0}: "origin", {-1, 5}: "neg"}
	fmt.Println(grid)
	fmt.Println(grid[Point{1, 2}], grid[Point{2, 1}] == "")
	grid[Point{X: 3}] = "x3"
	p := Point{1, 2}
	p.Y = 2
	grid[p] += "!"
	fmt.Println(grid, len(grid))
	inv := map[string]Item{}
	inv["a"] = Item{"apple", 1}
	it := inv["a"]
	it.Qty = 50
	fmt.Println(inv["a"], it)
	inv["a"] = it
	fmt.Println(inv)
	fmt.Println(inv["zz"].Qty, inv["zz"].Name == "")
	ptrs := map[string]*Item{"b": {"banana", 2}}
	ptrs["b"].Qty++
	ptrs["b"].Qty *= 10
	q := ptrs["b"]
	q.Name = "BANANA"
	fmt.Println(*ptrs["b"], ptrs["c"] == nil)
}
