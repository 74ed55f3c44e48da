// Memoized recursion with array map keys: grid path counting,
// binomials, edit distance and a coin change table.
package main

import "fmt"

type memo map[[2]int]int

var calls int

func (m memo) paths(r, c int, blocked map[[2]int]bool) int {
	calls++
	key := [2]int{r, c}
	if v, ok := m[key]; ok {
		return v
	}
	var res int
	switch {
	case blocked[key]:
		res = 0
	case r == 0 && c == 0:
		res = 1
	case r < 0 || c < 0:
		return 0
	default:
		res = m.paths(r-1, c, blocked) + m.paths(r, c-1, blocked)
	}
	m[key] = res
	return res
}

func binom() func(n, k int) int {
	cache := make(map[[2]int]int)
	var f func(n, k int) int
	f = func(n, k int) int {
		if k == 0 || k == n {
			return 1
		}
		if v, ok := cache[[2]int{n, k}]; ok {
			return v
		}
		v := f(n-1, k-1) + f(n-1, k)
		cache[[2]int{n, k}] = v
		return v
	}
	return f
}

func editDistance(a, b string) (int, int) {
	cache := map[[2]int]int{}
	var d func(i, j int) int
	d = func(i, j int) int {
		if i == len(a) {
			return len(b) - j
		}
		if j == len(b) {
			return len(a) - i
		}
		k := [2]int{i, j}
		if v, ok := cache[k]; ok {
			return v
		}
		best := 0
		if a[i] == b[j] {
			best = d(i+1, j+1)
		} else {
			best = 1 + min(d(i+1, j), d(i, j+1), d(i+1, j+1))
		}
		cache[k] = best
		return best
	}
	return d(0, 0), len(cache)
}

func coinWays(coins []int, amount int) int {
	cache := map[[2]int]int{}
	var ways func(i, amt int) int
	ways = func(i, amt int) int {
		if amt == 0 {
			return 1
		}
		if amt < 0 || i == len(coins) {
			return 0
		}
		key := [2]int{i, amt}
		if v, found := cache[key]; found {
			return v
		}
		v := ways(i, amt-coins[i]) + ways(i+1, amt)
		cache[key] = v
		return v
	}
	return ways(0, amount)
}

func main() {
	m := memo{}
	fmt.Println("paths 3x3:", m.paths(2, 2, nil), "calls:", calls, "entries:", len(m))
	calls = 0
	m2 := make(memo)
	blocked := map[[2]int]bool{{1, 1}: true, {2, 3}: true}
	fmt.Println("paths 5x5 blocked:", m2.paths(4, 4, blocked), "calls:", calls)
	fmt.Println("cell (1,1):", m2[[2]int{1, 1}], "cell (4,0):", m2[[2]int{4, 0}])
	v, ok := m2[[2]int{9, 9}]
	fmt.Println("missing:", v, ok)

	c := binom()
	for n := 0; n <= 6; n++ {
		row := []int{}
		for k := 0; k <= n; k++ {
			row = append(row, c(n, k))
		}
		fmt.Printf("%*s%v\n", 6-n, "", row)
	}
	fmt.Println("C(30,15) =", c(30, 15), "C(60,30) =", c(60, 30))

	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gopher", "gopher"}, {"intention", "execution"}}
	for _, p := range pairs {
		d, n := editDistance(p[0], p[1])
		fmt.Printf("%-10q -> %-10q dist=%d memo=%d\n", p[0], p[1], d, n)
	}

	fmt.Println("coin ways 100:", coinWays([]int{50, 25, 10, 5, 1}, 100))
	fmt.Println("coin ways 200p:", coinWays([]int{200, 100, 50, 20, 10, 5, 2, 1}, 200))

	grid := [3][4]int{}
	for r := 0; r < 3; r++ {
		for cc := 0; cc < 4; cc++ {
			grid[r][cc] = memo{}.paths(r, cc, nil)
		}
	}
	fmt.Println("grid:", grid)
	g2 := grid
	g2[0][0] = 99
	fmt.Println(grid[0][0], g2[0][0], grid == g2, len(grid), len(grid[0]))
	fmt.Printf("%T %T %T\n", grid, m, [2]int{})
	found := [2]int{-1, -1}
search:
	for r, row := range grid {
		for cc, v := range row {
			if v > 5 {
				found = [2]int{r, cc}
				break search
			}
			if v == 1 {
				continue
			}
		}
	}
	fmt.Println("first > 5 at", found)
	skipped := 0
outer:
	for r := 0; r < 3; r++ {
		for cc := 0; cc < 4; cc++ {
			if grid[r][cc]%2 == 0 {
				skipped++
				continue outer
			}
		}
	}
	fmt.Println("rows skipped early:", skipped)
}
