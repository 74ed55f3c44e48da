package main

import "fmt"

type item struct {
	id   int
	name string
}

func main() {
	// len and cap of buffered channels as they fill and drain.
	c := make(chan int, 4)
	fmt.Println("empty:", len(c), cap(c))
	for i := 1; i <= 4; i++ {
		c <- i * i
		fmt.Println("after send", i, "len", len(c), "cap", cap(c))
	}
	for len(c) > 0 {
		v := <-c
		fmt.Println("recv", v, "len now", len(c))
	}

	// FIFO order is preserved; interleaved sends and receives.
	q := make(chan string, 3)
	q <- "a"
	q <- "b"
	fmt.Println(<-q)
	q <- "c"
	q <- "d"
	b1, b2, b3 := <-q, <-q, <-q
	fmt.Println(b1, b2, b3, len(q))

	// nil channel: len and cap are 0.
	var nilc chan int
	fmt.Println("nil chan:", len(nilc), cap(nilc), nilc == nil)

	// make with zero size is unbuffered.
	z := make(chan bool, 0)
	fmt.Println("zero size:", cap(z))

	// cap from a non-constant size.
	sizes := []int{1, 2, 7}
	for _, s := range sizes {
		ch := make(chan item, s)
		for i := 0; i < s; i++ {
			ch <- item{i, fmt.Sprint("n", i)}
		}
		fmt.Println("size", s, "full:", len(ch) == cap(ch), "first:", (<-ch).name)
	}

	// Buffered channel lets one goroutine run ahead by the buffer size.
	buf := make(chan int, 3)
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			buf <- i
		}
		close(buf)
		done <- true
	}()
	sum := 0
	count := 0
	for v := range buf {
		sum += v
		count++
	}
	<-done
	fmt.Println("received", count, "sum", sum)

	// len after close still reports the buffered items; they can still be received.
	d := make(chan int, 5)
	d <- 10
	d <- 20
	d <- 30
	close(d)
	fmt.Println("closed with", len(d), "items, cap", cap(d))
	for i := 0; i < 5; i++ {
		v, ok := <-d
		fmt.Println("recv", v, ok, "len", len(d))
	}

	// Buffered channel used as a stack-free queue of slices: slices are shared.
	sq := make(chan []int, 2)
	s := []int{1, 2, 3}
	sq <- s
	s[0] = 100
	got := <-sq
	fmt.Println("slice through channel shares backing array:", got)

	// Arrays are copied on send.
	aq := make(chan [3]int, 1)
	a := [3]int{1, 2, 3}
	aq <- a
	a[0] = 100
	fmt.Println("array copied on send:", <-aq, a)

	// Channel of large structs keeps values intact.
	type big struct {
		vals [8]int64
		tag  string
	}
	bq := make(chan big, 2)
	var b big
	for i := range b.vals {
		b.vals[i] = int64(i) * 1000
	}
	b.tag = "big"
	bq <- b
	b.tag = "changed"
	bq <- b
	r1, r2 := <-bq, <-bq
	fmt.Println(r1.tag, r1.vals[7], r2.tag, r2.vals[3])
}
