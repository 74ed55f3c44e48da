package main

import "fmt"

func pinger(in <-chan int, out chan<- int, rounds int) {
	for i := 0; i < rounds; i++ {
		v := <-in
		out <- v + 1
	}
}

func main() {
	// Ping-pong: strictly alternating handoff, main prints.
	ping := make(chan int)
	pong := make(chan int)
	go pinger(ping, pong, 5)
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		fmt.Println("round", i, "value", v)
	}

	// Unbuffered channel: len and cap are always 0.
	u := make(chan string)
	fmt.Println("len/cap unbuffered:", len(u), cap(u))

	// A send completes only when received: goroutines print in turn, ordered by tokens.
	const n = 4
	tokens := make([]chan bool, n+1)
	for i := range tokens {
		tokens[i] = make(chan bool)
	}
	for i := 0; i < n; i++ {
		go func() {
			<-tokens[i]
			fmt.Println("worker", i, "has the token")
			tokens[i+1] <- true
		}()
	}
	tokens[0] <- true
	<-tokens[n]
	fmt.Println("token returned")

	// A ring of goroutines passing a counter around three times.
	const ring = 5
	links := make([]chan int, ring)
	for i := range links {
		links[i] = make(chan int)
	}
	finish := make(chan int)
	for i := 0; i < ring; i++ {
		go func() {
			for {
				c := <-links[i]
				if c >= 3*ring {
					finish <- c
					return
				}
				links[(i+1)%ring] <- c + 1
			}
		}()
	}
	links[0] <- 0
	last := <-finish
	fmt.Println("ring finished at", last)
	// Wake the remaining goroutines so they are not left blocked forever; each one
	// that sees the high counter reports on finish.
	stopped := 1
	for i := 0; i < ring; i++ {
		if i == last%ring {
			continue
		}
		links[i] <- 1000
		<-finish
		stopped++
	}
	fmt.Println("ring goroutines stopped:", stopped)

	// Request/response with struct values over unbuffered channels.
	type req struct {
		a, b int
		op   byte
	}
	reqs := make(chan req)
	resps := make(chan int)
	go func() {
		for r := range reqs {
			switch r.op {
			case '+':
				resps <- r.a + r.b
			case '*':
				resps <- r.a * r.b
			default:
				resps <- -1
			}
		}
		close(resps)
	}()
	for _, r := range []req{{3, 4, '+'}, {3, 4, '*'}, {9, 9, '?'}} {
		reqs <- r
		fmt.Printf("%d %c %d = %d\n", r.a, r.op, r.b, <-resps)
	}
	close(reqs)
	_, ok := <-resps
	fmt.Println("server closed resps:", !ok)
}
