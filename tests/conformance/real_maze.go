package main

import (
	"fmt"
	"strings"
)

const mazeText = `
###########
#S..#.....#
#.#.#.###.#
#.#...#...#
#.#####.#.#
#...#...#E#
###.#.###.#
#.....#...#
###########`

type Point struct{ R, C int }

var dirs = [4]Point{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

func parse(s string) (grid [][]byte, start, end Point) {
	for r, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := []byte(line)
		for c, ch := range row {
			switch ch {
			case 'S':
				start = Point{r, c}
			case 'E':
				end = Point{r, c}
			}
		}
		grid = append(grid, row)
	}
	return
}

func solve(grid [][]byte, start, end Point) (path []Point, explored int) {
	prev := map[Point]Point{}
	seen := map[Point]bool{start: true}
	queue := []Point{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		explored++
		if cur == end {
			goto found
		}
		for _, d := range dirs {
			n := Point{cur.R + d.R, cur.C + d.C}
			if n.R < 0 || n.R >= len(grid) || n.C < 0 || n.C >= len(grid[n.R]) {
				continue
			}
			if grid[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return nil, explored
found:
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	path = append(path, start)
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, explored
}

func render(grid [][]byte) string {
	var sb strings.Builder
	for _, row := range grid {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func lifeStep(g [][]byte) [][]byte {
	h, w := len(g), len(g[0])
	out := make([][]byte, h)
	for r := range out {
		out[r] = make([]byte, w)
		for c := range out[r] {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if dr == 0 && dc == 0 {
						continue
					}
					if g[(r+dr+h)%h][(c+dc+w)%w] == '#' {
						n++
					}
				}
			}
			out[r][c] = '.'
			switch {
			case n == 3:
				out[r][c] = '#'
			case n == 2 && g[r][c] == '#':
				out[r][c] = '#'
			}
		}
	}
	return out
}

func main() {
	grid, start, end := parse(mazeText)
	fmt.Println("start", start, "end", end, "size", len(grid), "x", len(grid[0]))
	path, explored := solve(grid, start, end)
	fmt.Println("path length", len(path)-1, "explored", explored)
	for _, p := range path[1 : len(path)-1] {
		grid[p.R][p.C] = '*'
	}
	fmt.Print(render(grid))

	// find the first dead end cell scanning rows: labelled loops
	dead := Point{-1, -1}
scan:
	for r := 1; r < len(grid)-1; r++ {
		for c := 1; c < len(grid[r])-1; c++ {
			if grid[r][c] != '.' {
				continue
			}
			walls := 0
			for _, d := range dirs {
				if grid[r+d.R][c+d.C] == '#' {
					walls++
				}
				if walls == 2 && d == dirs[1] {
					continue scan
				}
			}
			if walls == 3 {
				dead = Point{r, c}
				break scan
			}
		}
	}
	fmt.Println("first dead end (row-skipping scan):", dead)

	blocked := [][]byte{[]byte("S#"), []byte("#E")}
	p2, ex2 := solve(blocked, Point{0, 0}, Point{1, 1})
	fmt.Println(p2 == nil, len(p2), ex2)

	life := [][]byte{
		[]byte("......"),
		[]byte("..#..."),
		[]byte("...#.."),
		[]byte(".###.."),
		[]byte("......"),
		[]byte("......"),
	}
	gen := 0
	for {
		alive := strings.Count(render(life), "#")
		fmt.Printf("gen %d alive %d\n", gen, alive)
		if gen == 4 {
			fmt.Print(render(life))
			break
		}
		life = lifeStep(life)
		gen++
	}

	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred cleanup", i)
	}
	counter := 0
retry:
	counter++
	switch counter {
	case 1:
		fmt.Println("attempt 1 fails")
		fallthrough
	case 2:
		fmt.Println("attempt", counter, "falls into case 2")
		goto retry
	case 3:
		fmt.Println("attempt 3 ok")
	default:
		fmt.Println("never")
	}
	row := grid[0]
	fmt.Println(len(row), string(row[len(row)-1:]))
	idx := len(row) + counter
	fmt.Println(row[idx])
}
