// AoC-style puzzle: parse an embedded list of "move" instructions and
// a crate layout, simulate two crane models, and report the top crates.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const input = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

const numbers = `199
200
208
210
200
207
240
269
260
263`

type move struct{ n, from, to int }

var errBadMove = errors.New("bad move")

func parseStacks(block string) [][]byte {
	lines := strings.Split(block, "\n")
	last := lines[len(lines)-1]
	count := len(strings.Fields(last))
	stacks := make([][]byte, count)
	for i := len(lines) - 2; i >= 0; i-- {
		line := lines[i]
		for s := 0; s < count; s++ {
			pos := 1 + 4*s
			if pos < len(line) && line[pos] != ' ' {
				stacks[s] = append(stacks[s], line[pos])
			}
		}
	}
	return stacks
}

func parseMoves(block string) ([]move, error) {
	var moves []move
	for i, line := range strings.Split(block, "\n") {
		var m move
		n, err := fmt.Sscanf(line, "move %d from %d to %d", &m.n, &m.from, &m.to)
		if err != nil {
			return moves, fmt.Errorf("line %d (%d fields): %w", i+1, n, errBadMove)
		}
		moves = append(moves, m)
	}
	return moves, nil
}

func clone(stacks [][]byte) [][]byte {
	out := make([][]byte, len(stacks))
	for i, s := range stacks {
		out[i] = make([]byte, len(s))
		copy(out[i], s)
	}
	return out
}

func simulate(stacks [][]byte, moves []move, keepOrder bool) string {
	st := clone(stacks)
	for _, m := range moves {
		from := st[m.from-1]
		taken := from[len(from)-m.n:]
		st[m.from-1] = from[:len(from)-m.n]
		if keepOrder {
			st[m.to-1] = append(st[m.to-1], taken...)
		} else {
			for j := len(taken) - 1; j >= 0; j-- {
				st[m.to-1] = append(st[m.to-1], taken[j])
			}
		}
	}
	top := ""
	for _, s := range st {
		if len(s) > 0 {
			top += string(s[len(s)-1])
		}
	}
	return top
}

func depthIncreases(text string, window int) (int, error) {
	var vals []int
	for _, f := range strings.Split(text, "\n") {
		v, err := strconv.Atoi(f)
		if err != nil {
			return 0, err
		}
		vals = append(vals, v)
	}
	count := 0
	for i := window; i < len(vals); i++ {
		if vals[i] > vals[i-window] {
			count++
		}
	}
	return count, nil
}

func main() {
	parts := strings.Split(input, "\n\n")
	fmt.Println("blocks:", len(parts))
	stacks := parseStacks(parts[0])
	for i, s := range stacks {
		fmt.Printf("stack %d: %s (len=%d)\n", i+1, s, len(s))
	}
	moves, err := parseMoves(parts[1])
	fmt.Println("moves:", moves, "err:", err)
	fmt.Println("part1:", simulate(stacks, moves, false))
	fmt.Println("part2:", simulate(stacks, moves, true))
	fmt.Printf("original untouched: %q\n", stacks)

	_, err = parseMoves("move 1 from 2 to 3\nmove x from 1 to 2")
	fmt.Println("error:", err)
	fmt.Println("is badMove:", errors.Is(err, errBadMove))
	fmt.Println("unwrapped:", errors.Unwrap(err) == errBadMove)

	for _, w := range []int{1, 3} {
		c, err := depthIncreases(numbers, w)
		fmt.Printf("window %d: %d increases (err=%v)\n", w, c, err)
	}
	_, err = depthIncreases("12\n1x\n3", 1)
	fmt.Println("atoi error:", err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
	}

	// append aliasing: a sub-slice shares the backing array until it grows
	base := make([]byte, 3, 4)
	copy(base, stacks[0])
	alias := base[:2]
	grown := append(alias, '!')
	fmt.Printf("base=%q alias=%q grown=%q len/cap=%d/%d %d/%d\n", base, alias, grown, len(alias), cap(alias), len(grown), cap(grown))
	grown = append(grown, '?', '#')
	grown[0] = 'z'
	fmt.Printf("base=%q grown=%q len/cap=%d/%d n=%d\n", base, grown, len(grown), cap(grown), copy(base, "XYZW"))
	var nilStacks [][]byte
	fmt.Println(nilStacks, len(nilStacks), nilStacks == nil, append(nilStacks, nil))

	var a, b int
	var word string
	n, err := fmt.Sscanf("7-19 q", "%d-%d %s", &a, &b, &word)
	fmt.Println(n, err, a, b, word)
	n, err = fmt.Sscanf("7,19", "%d-%d", &a, &b)
	fmt.Println(n, err != nil, a, b)
}
