// Dijkstra on a digit grid (AoC "Chiton"-style) with container/heap,
// including path reconstruction and a 5x tiled variant.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

const grid = `1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581`

type point struct{ r, c int }

type item struct {
	p    point
	dist int
	idx  int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	if q[i].p.r != q[j].p.r {
		return q[i].p.r < q[j].p.r
	}
	return q[i].p.c < q[j].p.c
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].idx = i
	q[j].idx = j
}
func (q *pq) Push(x any) {
	it := x.(*item)
	it.idx = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	it.idx = -1
	return it
}

type Grid struct {
	cells [][]int
	h, w  int
}

func parse(s string) *Grid {
	g := &Grid{}
	for _, line := range strings.Split(s, "\n") {
		row := make([]int, 0, len(line))
		for _, ch := range line {
			row = append(row, int(ch-'0'))
		}
		g.cells = append(g.cells, row)
	}
	g.h, g.w = len(g.cells), len(g.cells[0])
	return g
}

func (g *Grid) tile(n int) *Grid {
	t := &Grid{h: g.h * n, w: g.w * n}
	t.cells = make([][]int, t.h)
	for r := range t.cells {
		t.cells[r] = make([]int, t.w)
		for c := range t.cells[r] {
			v := g.cells[r%g.h][c%g.w] + r/g.h + c/g.w
			t.cells[r][c] = (v-1)%9 + 1
		}
	}
	return t
}

var dirs = [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func (g Grid) shortest(start, end point) (int, []point) {
	dist := map[point]int{start: 0}
	prev := map[point]point{}
	q := &pq{}
	heap.Push(q, &item{p: start})
	pops := 0
	for q.Len() > 0 {
		cur := heap.Pop(q).(*item)
		pops++
		if cur.p == end {
			break
		}
		if d, ok := dist[cur.p]; ok && d < cur.dist {
			continue
		}
		for _, d := range dirs {
			np := point{cur.p.r + d[0], cur.p.c + d[1]}
			if np.r < 0 || np.c < 0 || np.r >= g.h || np.c >= g.w {
				continue
			}
			nd := cur.dist + g.cells[np.r][np.c]
			if old, seen := dist[np]; !seen || nd < old {
				dist[np] = nd
				prev[np] = cur.p
				heap.Push(q, &item{p: np, dist: nd})
			}
		}
	}
	var path []point
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return dist[end], path
}

func main() {
	g := parse(grid)
	fmt.Printf("grid %dx%d, corner=%d\n", g.h, g.w, g.cells[g.h-1][g.w-1])
	risk, path := g.shortest(point{0, 0}, point{g.h - 1, g.w - 1})
	fmt.Println("risk:", risk, "steps:", len(path))
	fmt.Println("first:", path[:5])
	fmt.Printf("last: %v\n", path[len(path)-1])

	var sb strings.Builder
	on := map[point]bool{}
	for _, p := range path {
		on[p] = true
	}
	for r := 0; r < g.h; r++ {
		for c := 0; c < g.w; c++ {
			if on[point{r, c}] {
				sb.WriteByte(byte('0' + g.cells[r][c]))
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())

	big := g.tile(5)
	fmt.Println("tiled:", big.h, big.w, big.cells[0][10], big.cells[49][49])
	risk2, path2 := big.shortest(point{0, 0}, point{big.h - 1, big.w - 1})
	fmt.Println("tiled risk:", risk2, "steps:", len(path2))

	q := &pq{}
	for i, d := range []int{5, 1, 4, 1, 3} {
		heap.Push(q, &item{p: point{i, 0}, dist: d})
	}
	(*q)[2].dist = 0
	heap.Fix(q, 2)
	for q.Len() > 0 {
		it := heap.Pop(q).(*item)
		fmt.Printf("%d@%v ", it.dist, it.p)
	}
	fmt.Println()
}
