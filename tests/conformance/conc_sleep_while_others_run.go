package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

// A goroutine that sleeps wakes on time even while another goroutine stays runnable
// (it yields with Gosched but never blocks).
func main() {
	var flag int32
	done := make(chan int)
	go func() {
		spins := 0
		for atomic.LoadInt32(&flag) == 0 {
			spins++
			runtime.Gosched()
		}
		done <- spins
	}()
	time.Sleep(20 * time.Millisecond)
	atomic.StoreInt32(&flag, 1)
	spins := <-done
	fmt.Println("woke while the other goroutine spun:", spins > 0)

	// Sleepers wake in the order they are due.
	order := make(chan int, 3)
	for _, d := range []int{30, 10, 20} {
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			order <- d
		}()
	}
	fmt.Println(<-order, <-order, <-order)
}
