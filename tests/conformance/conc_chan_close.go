package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	// Range over a channel ends when the channel is closed.
	for v := range gen(4) {
		fmt.Println("range got", v)
	}

	// Receive from a closed empty channel: zero value, ok == false; never blocks.
	c := make(chan string)
	close(c)
	for i := 0; i < 3; i++ {
		v, ok := <-c
		fmt.Printf("closed recv %d: %q %v\n", i, v, ok)
	}

	// Closed channels of various element types yield zero values.
	type pt struct{ x, y int }
	cp := make(chan pt, 1)
	cp <- pt{1, 2}
	close(cp)
	p1, ok1 := <-cp
	p2, ok2 := <-cp
	fmt.Println(p1, ok1, p2, ok2)

	ce := make(chan error)
	close(ce)
	e, oke := <-ce
	fmt.Println("error zero:", e == nil, oke)

	cf := make(chan func() int)
	close(cf)
	f, okf := <-cf
	fmt.Println("func zero:", f == nil, okf)

	// Closing wakes every blocked receiver.
	gate := make(chan struct{})
	var wg sync.WaitGroup
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			results <- i
		}()
	}
	close(gate)
	wg.Wait()
	close(results)
	woken := []int{}
	for r := range results {
		woken = append(woken, r)
	}
	sort.Ints(woken)
	fmt.Println("woken by close:", woken)

	// Closing a buffered channel: the remaining items are delivered first.
	b := make(chan int, 3)
	b <- 1
	b <- 2
	close(b)
	for {
		v, ok := <-b
		if !ok {
			fmt.Println("drained, ok=false, v =", v)
			break
		}
		fmt.Println("buffered after close:", v)
	}

	// Range over a nil-free closed channel runs zero times.
	n := 0
	for range c {
		n++
	}
	fmt.Println("range over closed empty:", n)

	// Done-channel pattern: close broadcasts completion to several waiters.
	done := make(chan struct{})
	acks := make(chan string)
	names := []string{"alpha", "beta", "gamma"}
	for _, nm := range names {
		go func() {
			<-done
			acks <- nm + " saw done"
		}()
	}
	close(done)
	seen := []string{}
	for range names {
		seen = append(seen, <-acks)
	}
	sort.Strings(seen)
	for _, s := range seen {
		fmt.Println(s)
	}

	// The receiver learns "no more values" only through close.
	squares := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			squares <- i * i
		}
		close(squares)
	}()
	total := 0
	for {
		v, more := <-squares
		if !more {
			break
		}
		total += v
	}
	fmt.Println("sum of squares:", total)
}
