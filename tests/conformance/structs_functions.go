package main

import "fmt"

type Vec struct{ x, y int }

type Stats struct {
	count int
	sum   int
	seen  []int
}

func add(a, b Vec) Vec {
	return Vec{a.x + b.x, a.y + b.y}
}

func scale(v Vec, k int) Vec {
	v.x *= k
	v.y *= k
	return v
}

func record(s Stats, n int) Stats {
	s.count++
	s.sum += n
	s.seen = append(s.seen, n)
	return s
}

func tryModify(s Stats) {
	s.count = 1000
	if len(s.seen) > 0 {
		s.seen[0] = -1
	}
}

func split(v Vec) (Vec, Vec) {
	return Vec{v.x, 0}, Vec{0, v.y}
}

func main() {
	a := Vec{1, 2}
	b := scale(a, 3)
	fmt.Println(a, b, add(a, b))
	h, v := split(add(a, b))
	fmt.Println(h, v)
	var s Stats
	s = record(s, 5)
	s = record(s, 7)
	fmt.Println(s.count, s.sum, s.seen)
	tryModify(s)
	fmt.Println("after tryModify:", s.count, s.seen)
	fmt.Println(scale(Vec{2, 2}, 2) == Vec{4, 4})
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "s.count:", s.count)
	}()
	s = mustPositive(s, -3)
	fmt.Println("not reached")
}

func mustPositive(s Stats, n int) Stats {
	defer func() { s.count = -1 }()
	if n < 0 {
		panic(Vec{n, n})
	}
	return record(s, n)
}
