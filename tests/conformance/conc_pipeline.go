package main

import (
	"fmt"
	"strings"
)

func emit(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func toString(in <-chan int) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for n := range in {
			out <- fmt.Sprintf("<%d>", n)
		}
	}()
	return out
}

// Concurrent prime sieve: each prime gets its own filtering goroutine.
func generate(ch chan<- int, stop <-chan struct{}) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-stop:
			return
		}
	}
}

func sieveFilter(in <-chan int, out chan<- int, prime int, stop <-chan struct{}) {
	for {
		var i int
		select {
		case i = <-in:
		case <-stop:
			return
		}
		if i%prime != 0 {
			select {
			case out <- i:
			case <-stop:
				return
			}
		}
	}
}

func main() {
	var parts []string
	for s := range toString(filter(square(emit(1, 2, 3, 4, 5, 6, 7, 8)), func(n int) bool { return n%2 == 0 })) {
		parts = append(parts, s)
	}
	fmt.Println("pipeline:", strings.Join(parts, ","))

	// Pipeline stages composed twice.
	sum := 0
	for v := range square(square(emit(1, 2, 3))) {
		sum += v
	}
	fmt.Println("fourth powers sum:", sum)

	// Early stop: the consumer takes only what it needs, then signals stop.
	stop := make(chan struct{})
	ch := make(chan int)
	go generate(ch, stop)
	var primes []int
	for i := 0; i < 15; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go sieveFilter(ch, ch1, prime, stop)
		ch = ch1
	}
	close(stop)
	fmt.Println("primes:", primes)

	// String pipeline: split, transform, reassemble in order.
	lines := make(chan string)
	go func() {
		for _, l := range strings.Split("alpha beta\ngamma\ndelta epsilon zeta", "\n") {
			lines <- l
		}
		close(lines)
	}()
	words := make(chan string)
	go func() {
		for l := range lines {
			for _, w := range strings.Fields(l) {
				words <- w
			}
		}
		close(words)
	}()
	lens := make(chan string)
	go func() {
		for w := range words {
			lens <- fmt.Sprintf("%s/%d", w, len(w))
		}
		close(lens)
	}()
	var got []string
	for s := range lens {
		got = append(got, s)
	}
	fmt.Println("words:", got)

	// A pipeline whose stage is a chain of n goroutines, each adding one.
	const n = 100
	first := make(chan int)
	var prev chan int = first
	for i := 0; i < n; i++ {
		next := make(chan int)
		go func(in, out chan int) {
			out <- 1 + <-in
		}(prev, next)
		prev = next
	}
	first <- 0
	fmt.Println("daisy chain of", n, "goroutines:", <-prev)
}
