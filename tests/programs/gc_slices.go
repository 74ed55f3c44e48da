package main

import "fmt"

// Cell is a slice element holding pointers.
type Cell struct {
	n   int
	p   *int
	sub []byte
}

func grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i*i%1009)
	}
	return s
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

var middles [][]int
var cellMiddles [][]Cell
var grid [][]int

func main() {
	// Append growth: only the last header stays live.
	for round := 0; round < 20; round++ {
		s := grow(100000 + round*1000)
		fmt.Println("grow", round, len(s), sum(s), s[len(s)-1])
	}

	// Pointer-holding elements across appends.
	var cells []Cell
	for i := 0; i < 100000; i++ {
		x := new(int)
		*x = i
		cells = append(cells, Cell{n: i, p: x, sub: []byte{byte(i), byte(i >> 8)}})
	}
	bad := 0
	for i, c := range cells {
		if c.n != i || *c.p != i || c.sub[0] != byte(i) || c.sub[1] != byte(i>>8) {
			bad++
		}
	}
	fmt.Println("cells", len(cells), "bad", bad)

	// Reslicing: only an interior part of each big slice is kept.
	for i := 0; i < 400; i++ {
		big := make([]int, 10000)
		for j := range big {
			big[j] = i*100000 + j
		}
		middles = append(middles, big[4000+i:4010+i])
		cs := make([]Cell, 1000)
		for j := range cs {
			v := i + j
			cs[j] = Cell{n: j, p: &v}
		}
		cellMiddles = append(cellMiddles, cs[500:502:600])
	}
	cells = nil
	for round := 0; round < 5; round++ {
		for k := 0; k < 200; k++ {
			grid = make([][]int, 100)
			for r := range grid {
				grid[r] = make([]int, 100)
				for c := range grid[r] {
					grid[r][c] = r*c + k
				}
			}
		}
		ms := 0
		for i, m := range middles {
			if m[0] != i*100000+4000+i || m[9] != i*100000+4009+i {
				bad++
			}
			ms += m[5] % 1000
		}
		cm := 0
		for i, c := range cellMiddles {
			if c[0].n != 500 || *c[0].p != i+500 || *c[1].p != i+501 {
				bad++
			}
			// extending to the capacity sees the rest of the original array
			c = c[:100]
			cm += *c[99].p - i
		}
		fmt.Println("middles round", round, ms, cm, "bad", bad, "grid", grid[99][99])
	}

	// Slices of slices, jagged, rebuilt repeatedly; one row kept from each build.
	var rows [][]string
	for round := 0; round < 50; round++ {
		jag := make([][]string, 0)
		for r := 0; r < 200; r++ {
			row := make([]string, r%17+1)
			for c := range row {
				row[c] = fmt.Sprint(round, ".", r, ".", c)
			}
			jag = append(jag, row)
		}
		rows = append(rows, jag[round*3])
	}
	tl := 0
	for _, r := range rows {
		for _, s := range r {
			tl += len(s)
		}
	}
	fmt.Println("rows", len(rows), tl, rows[7], rows[49][len(rows[49])-1])

	// copy and append into a shared backing array.
	base := make([]int, 0, 64)
	a := append(base, 1, 2, 3)
	b := append(base[:1], 9)
	fmt.Println(a, b, cap(a) == cap(b))
	for i := 0; i < 300000; i++ {
		t := make([]int, 3)
		copy(t, a)
		a = append(a[:0], t[2], t[0], t[1]+i%2)
	}
	fmt.Println("shared", a, b, base[:4])

	// Three-index slices with zero length at the end of the array.
	var ends [][]int
	for i := 0; i < 1000; i++ {
		s := make([]int, 8)
		s[7] = i
		ends = append(ends, s[7:8:8], s[8:])
	}
	grow(500000)
	es := 0
	for i := 0; i < len(ends); i += 2 {
		es += ends[i][0] + len(ends[i+1]) + cap(ends[i+1])
	}
	fmt.Println("ends", es)
}
