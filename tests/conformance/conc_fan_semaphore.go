package main

import (
	"fmt"
	"sort"
	"sync"
)

// fanIn merges several channels into one, closing it when all inputs are closed.
func fanIn(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(len(inputs))
	for _, in := range inputs {
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func rangeChan(lo, hi int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := lo; i < hi; i++ {
			out <- i
		}
	}()
	return out
}

// fanOut starts n workers that all read from in.
func fanOut(in <-chan int, n int, f func(int) int) []<-chan int {
	outs := make([]<-chan int, n)
	for i := 0; i < n; i++ {
		out := make(chan int)
		outs[i] = out
		go func() {
			defer close(out)
			for v := range in {
				out <- f(v)
			}
		}()
	}
	return outs
}

func main() {
	var got []int
	for v := range fanIn(rangeChan(0, 5), rangeChan(100, 103), rangeChan(50, 52)) {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println("fan-in:", got)

	// Fan-out to 4 workers and fan-in their results.
	cubes := fanIn(fanOut(rangeChan(1, 11), 4, func(x int) int { return x * x * x })...)
	var cs []int
	total := 0
	for v := range cubes {
		cs = append(cs, v)
		total += v
	}
	sort.Ints(cs)
	fmt.Println("fan-out cubes:", cs, "total", total)

	// Semaphore from a buffered channel: at most 3 holders at a time.
	const limit = 3
	sem := make(chan struct{}, limit)
	entered := make(chan int)
	release := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			entered <- i
			<-release
		}()
	}
	inside := 0
	for i := 0; i < limit; i++ {
		<-entered
		inside++
	}
	select {
	case <-entered:
		fmt.Println("a fourth holder got in (wrong)")
	default:
		fmt.Println("holders inside:", inside, "semaphore len:", len(sem), "cap:", cap(sem))
	}
	// Let them through one by one: each release admits exactly one more.
	admitted := inside
	for admitted < 8 {
		release <- true
		<-entered
		admitted++
	}
	for i := 0; i < limit; i++ {
		release <- true
	}
	wg.Wait()
	fmt.Println("all admitted:", admitted, "semaphore empty:", len(sem) == 0)

	// Bounded parallelism with a semaphore and a mutex-protected max tracker.
	var mu sync.Mutex
	cur, peak := 0, 0
	sem2 := make(chan bool, 2)
	squares := make([]int, 12)
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem2 <- true
			mu.Lock()
			cur++
			if cur > peak {
				peak = cur
			}
			mu.Unlock()
			squares[i] = i * i
			mu.Lock()
			cur--
			mu.Unlock()
			<-sem2
		}()
	}
	wg.Wait()
	fmt.Println("squares:", squares, "peak within limit:", peak >= 1 && peak <= 2)

	// Fan-in with select over a fixed number of sources, then ordered output.
	a := rangeChan(0, 3)
	b := rangeChan(10, 13)
	var merged []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
			} else {
				merged = append(merged, v)
			}
		case v, ok := <-b:
			if !ok {
				b = nil
			} else {
				merged = append(merged, v)
			}
		}
	}
	sort.Ints(merged)
	fmt.Println("select fan-in:", merged)
}
