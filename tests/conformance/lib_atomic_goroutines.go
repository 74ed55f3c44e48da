package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var counter atomic.Int64
	var plain int32
	const workers = 8
	const each = 1000
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < each; i++ {
				counter.Add(1)
				atomic.AddInt32(&plain, 2)
			}
			done <- true
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	fmt.Println("counter:", counter.Load(), "plain:", atomic.LoadInt32(&plain))

	// A ticket dispenser: each goroutine takes unique tickets with CompareAndSwap.
	var next atomic.Uint32
	results := make(chan uint32, 100)
	for w := 0; w < 4; w++ {
		go func() {
			for k := 0; k < 25; k++ {
				for {
					old := next.Load()
					if next.CompareAndSwap(old, old+1) {
						results <- old
						break
					}
				}
			}
		}()
	}
	seen := make([]bool, 100)
	for i := 0; i < 100; i++ {
		t := <-results
		seen[t] = true
	}
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println("tickets all unique:", all, "next:", next.Load())

	// A once-flag with Bool: only one goroutine wins.
	var won atomic.Bool
	var winners atomic.Int32
	fin := make(chan struct{})
	for w := 0; w < 10; w++ {
		go func() {
			if won.CompareAndSwap(false, true) {
				winners.Add(1)
			}
			fin <- struct{}{}
		}()
	}
	for w := 0; w < 10; w++ {
		<-fin
	}
	fmt.Println("winners:", winners.Load(), "won:", won.Load())

	// Ping-pong through unbuffered channels while sharing an atomic Value.
	var v atomic.Value
	v.Store(0)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for n := range ping {
			v.Store(v.Load().(int) + n)
			pong <- n * 2
		}
		close(pong)
	}()
	sum := 0
	for i := 1; i <= 5; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("value:", v.Load(), "sum:", sum, "pong open:", ok)

	// Goroutines blocking in between atomic steps.
	var stage atomic.Int32
	step := make(chan int)
	back := make(chan int32)
	for w := 0; w < 3; w++ {
		go func() {
			for range 3 {
				<-step
				back <- stage.Add(1)
			}
		}()
	}
	total := int32(0)
	for i := 0; i < 9; i++ {
		step <- i
		total += <-back
	}
	fmt.Println("stage:", stage.Load(), "total:", total)

	// Or/And from goroutines build a bit mask.
	var mask atomic.Uint64
	bits := make(chan bool, 64)
	for b := 0; b < 64; b++ {
		go func() {
			mask.Or(1 << uint(b))
			bits <- true
		}()
	}
	for b := 0; b < 64; b++ {
		<-bits
	}
	fmt.Printf("mask: %#x\n", mask.Load())
	for b := 0; b < 64; b += 2 {
		go func() {
			mask.And(^(uint64(1) << uint(b)))
			bits <- true
		}()
	}
	for b := 0; b < 64; b += 2 {
		<-bits
	}
	fmt.Printf("mask: %#x\n", mask.Load())
}
