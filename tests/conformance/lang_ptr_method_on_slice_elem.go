package main

import "fmt"

type Cell struct {
	v    int
	seen bool
}

func (c *Cell) Mark(n int) { c.v += n; c.seen = true }
func (c Cell) Val() int   { return c.v }

type Grid struct {
	cells []Cell
	ptrs  []*Cell
}

func main() {
	g := Grid{cells: make([]Cell, 4)}
	for i := range g.cells {
		g.cells[i].Mark(i)
		g.ptrs = append(g.ptrs, &g.cells[i])
	}
	for _, c := range g.cells {
		c.Mark(100)
	}
	fmt.Println(g.cells)
	g.ptrs[2].Mark(5)
	defer g.ptrs[3].Mark(1000)
	defer fmt.Println(g.cells[3].Val())
	marks := []func(int){}
	for _, p := range g.ptrs {
		marks = append(marks, p.Mark)
	}
	for i, m := range marks {
		m(i * 10)
	}
	fmt.Println(g.cells)
	g.cells = append(g.cells, Cell{})
	g.ptrs[0].Mark(1)
	fmt.Println(g.cells[0].v, g.ptrs[0].v)
}
