package main

// Goroutines that loop without blocking are preempted: the others run while they spin.

import (
	"fmt"
	"sync/atomic"
	"time"
)

var counter uint64

func spinUntil(flag *int32, want int32) int {
	n := 0
	for atomic.LoadInt32(flag) != want {
		n++
	}
	return n
}

func main() {
	// Main spins until a goroutine it started has run.
	var done atomic.Bool
	var n int
	go func() {
		n = 42
		done.Store(true)
	}()
	for !done.Load() {
	}
	fmt.Println("saw", n)

	// A goroutine spins until main, which keeps running, tells it to stop.
	var flag int32
	stopped := make(chan bool)
	go func() {
		spinUntil(&flag, 1)
		stopped <- true
	}()
	time.Sleep(time.Millisecond)
	atomic.StoreInt32(&flag, 1)
	fmt.Println("stopped:", <-stopped)

	// A goroutine that never stops counting does not keep a sleeping main from waking.
	go func() {
		for {
			atomic.AddUint64(&counter, 1)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("counter moved:", atomic.LoadUint64(&counter) > 0)

	// Two spinners wait on each other through a shared turn counter.
	var turn int32
	var results [2]string
	finished := make(chan bool, 2)
	for id := int32(0); id < 2; id++ {
		go func() {
			for round := int32(0); round < 3; round++ {
				spinUntil(&turn, 2*round+id)
				atomic.AddInt32(&turn, 1)
			}
			results[id] = fmt.Sprint("player ", id, " done")
			finished <- true
		}()
	}
	<-finished
	<-finished
	fmt.Println(results[0])
	fmt.Println(results[1])
	fmt.Println("turn", atomic.LoadInt32(&turn))

	// A goto loop is preempted too.
	var ready atomic.Bool
	go func() { ready.Store(true) }()
again:
	if !ready.Load() {
		goto again
	}
	fmt.Println("goto loop done")
}
