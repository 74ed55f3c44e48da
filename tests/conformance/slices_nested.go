package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3}, {}}
	fmt.Println(grid, len(grid), len(grid[0]), len(grid[2]))
	grid[1] = append(grid[1], 4, 5)
	grid = append(grid, []int{6})
	grid[0][1] = 20
	fmt.Println(grid)
	tri := make([][]int, 4)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0] = 1
		tri[i][i] = 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	words := [][]string{{"a", "b"}, nil, {"c"}}
	fmt.Println(words, words[1] == nil)
	deep := [][][]int{{{1}, {2, 3}}, {}}
	fmt.Println(deep, deep[0][1][1])
}
