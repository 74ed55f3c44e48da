package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("container is empty")

// RuneStack is a plain slice-backed stack.
type RuneStack struct {
	items []rune
}

func (s *RuneStack) Push(r rune) { s.items = append(s.items, r) }
func (s *RuneStack) Len() int    { return len(s.items) }

func (s *RuneStack) Pop() rune {
	if len(s.items) == 0 {
		panic(ErrEmpty)
	}
	r := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return r
}

// Point queue: a growable ring buffer.
type Point struct{ X, Y int }

type PointQueue struct {
	buf        []Point
	head, size int
}

func (q *PointQueue) Push(p Point) {
	if q.size == len(q.buf) {
		n := 2 * len(q.buf)
		if n == 0 {
			n = 2
		}
		nb := make([]Point, n)
		for i := 0; i < q.size; i++ {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = p
	q.size++
}

func (q *PointQueue) Pop() Point {
	if q.size == 0 {
		panic(ErrEmpty)
	}
	p := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return p
}

// TryPop turns the empty-container panic into an ok flag and lets anything else through.
func (q *PointQueue) TryPop() (p Point, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if r != ErrEmpty {
				panic(r)
			}
			ok = false
		}
	}()
	return q.Pop(), true
}

var pairs = map[rune]rune{')': '(', ']': '[', '}': '{'}

func balanced(s string) (ok bool, why string) {
	var st RuneStack
	defer func() {
		if r := recover(); r != nil {
			ok, why = false, fmt.Sprint("unexpected closer: ", r)
		}
	}()
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			if open := st.Pop(); open != pairs[c] {
				return false, fmt.Sprintf("%c closed by %c", open, c)
			}
		}
	}
	if st.Len() > 0 {
		return false, fmt.Sprintf("%d unclosed", st.Len())
	}
	return true, ""
}

func shortestPath(grid []string) int {
	h, w := len(grid), len(grid[0])
	dist := make([][]int, h)
	for i := range dist {
		dist[i] = make([]int, w)
		for j := range dist[i] {
			dist[i][j] = -1
		}
	}
	var q PointQueue
	q.Push(Point{0, 0})
	dist[0][0] = 0
	for {
		p, ok := q.TryPop()
		if !ok {
			break
		}
		if p.Y == h-1 && p.X == w-1 {
			return dist[p.Y][p.X]
		}
		for _, d := range []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
			n := Point{p.X + d.X, p.Y + d.Y}
			if n.X < 0 || n.Y < 0 || n.X >= w || n.Y >= h || grid[n.Y][n.X] == '#' || dist[n.Y][n.X] >= 0 {
				continue
			}
			dist[n.Y][n.X] = dist[p.Y][p.X] + 1
			q.Push(n)
		}
	}
	return -1
}

func main() {
	for _, s := range []string{"(a[b]{c})", "([)]", "((", "())", "", "{[()()]}x]"} {
		ok, why := balanced(s)
		fmt.Printf("%-12q balanced=%-5t %s\n", s, ok, why)
	}

	grid := []string{
		"..#.....",
		".##.###.",
		"....#...",
		"###.#.#.",
		"......#.",
	}
	fmt.Println("shortest path:", shortestPath(grid))
	fmt.Println("blocked:", shortestPath([]string{".#", "#."}))

	var q PointQueue
	for i := 0; i < 5; i++ {
		q.Push(Point{i, i * i})
	}
	q.Pop()
	q.Pop()
	for i := 5; i < 9; i++ {
		q.Push(Point{i, -i})
	}
	var out []string
	for q.size > 0 {
		out = append(out, fmt.Sprint(q.Pop()))
	}
	fmt.Println("queue order:", strings.Join(out, " "), "cap", len(q.buf))

	defer func() {
		r := recover()
		fmt.Println("main recovered:", r, r == ErrEmpty)
		println("bye")
	}()
	var empty RuneStack
	empty.Pop()
	fmt.Println("not reached")
}
