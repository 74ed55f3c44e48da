package main

import "fmt"

type State struct {
	depth int
	path  []int
	best  *int
}

func search(s State, n int) {
	if s.depth == n {
		sum := 0
		for _, v := range s.path {
			sum += v
		}
		if sum > *s.best {
			*s.best = sum
		}
		return
	}
	for i := 1; i <= 3; i++ {
		t := s
		t.depth++
		t.path = append(t.path, i*(s.depth+1))
		search(t, n)
	}
}

type Pair struct{ a, b int }

func fib(n int) Pair {
	if n == 0 {
		return Pair{0, 1}
	}
	p := fib(n - 1)
	return Pair{p.b, p.a + p.b}
}

func main() {
	best := -1
	search(State{best: &best}, 4)
	fmt.Println(best)
	fmt.Println(fib(10), fib(30).a)
}
