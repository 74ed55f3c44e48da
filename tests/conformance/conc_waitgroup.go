package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	idx int
	out string
}

func work(i int, wg *sync.WaitGroup, slots []string) {
	defer wg.Done()
	slots[i] = strings.Repeat(string(rune('a'+i)), i+1)
}

func main() {
	// Each goroutine writes its own slot; Wait makes all writes visible.
	var wg sync.WaitGroup
	slots := make([]string, 6)
	for i := range slots {
		wg.Add(1)
		go work(i, &wg, slots)
	}
	wg.Wait()
	fmt.Println("slots:", slots)

	// Add once with the total count.
	var wg2 sync.WaitGroup
	squares := make([]int, 10)
	wg2.Add(len(squares))
	for i := 0; i < len(squares); i++ {
		go func() {
			defer wg2.Done()
			squares[i] = i * i
		}()
	}
	wg2.Wait()
	fmt.Println("squares:", squares)

	// A WaitGroup can be reused after Wait returns.
	for round := 1; round <= 3; round++ {
		parts := make([]int, round*2)
		for i := range parts {
			wg.Add(1)
			go func() {
				defer wg.Done()
				parts[i] = round * (i + 1)
			}()
		}
		wg.Wait()
		sum := 0
		for _, p := range parts {
			sum += p
		}
		fmt.Println("round", round, "parts", parts, "sum", sum)
	}

	// Wait with a zero counter returns immediately.
	var idle sync.WaitGroup
	idle.Wait()
	fmt.Println("idle wait returned")

	// Nested: each parent waits for its own children.
	var outer sync.WaitGroup
	totals := make([]int, 3)
	for p := 0; p < 3; p++ {
		outer.Add(1)
		go func() {
			defer outer.Done()
			var inner sync.WaitGroup
			vals := make([]int, 4)
			for c := 0; c < 4; c++ {
				inner.Add(1)
				go func() {
					defer inner.Done()
					vals[c] = (p + 1) * 10 + c
				}()
			}
			inner.Wait()
			for _, v := range vals {
				totals[p] += v
			}
		}()
	}
	outer.Wait()
	fmt.Println("nested totals:", totals)

	// Closing the results channel after Wait, from a separate goroutine.
	results := make(chan result)
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(1)
		go func(n int) {
			defer wg3.Done()
			results <- result{n, fmt.Sprintf("job-%d", n*n)}
		}(i)
	}
	go func() {
		wg3.Wait()
		close(results)
	}()
	ordered := make([]string, 5)
	count := 0
	for r := range results {
		ordered[r.idx] = r.out
		count++
	}
	fmt.Println("collected", count, ordered)

	// WaitGroup passed by pointer inside a struct.
	type group struct {
		wg  sync.WaitGroup
		out []int
	}
	g := &group{out: make([]int, 3)}
	for i := 0; i < 3; i++ {
		g.wg.Add(1)
		go func() {
			defer g.wg.Done()
			g.out[i] = -i
		}()
	}
	g.wg.Wait()
	fmt.Println("struct group:", g.out)

	// Negative counter panics.
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var bad sync.WaitGroup
		bad.Add(1)
		bad.Done()
		bad.Done()
	}()
}
