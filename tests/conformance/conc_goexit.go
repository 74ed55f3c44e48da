package main

import (
	"fmt"
	"runtime"
	"sync"
)

func exiter(log chan<- string, done chan<- bool) {
	defer func() { done <- true }()
	defer func() {
		log <- fmt.Sprint("recover during Goexit: ", recover())
	}()
	defer func() { log <- "deferred in exiter" }()
	helper(log)
	log <- "never reached"
}

func helper(log chan<- string) {
	defer func() { log <- "deferred in helper" }()
	runtime.Goexit()
	log <- "after Goexit (never)"
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())

	// Goexit runs all deferred calls of the goroutine, innermost first.
	log := make(chan string, 10)
	done := make(chan bool)
	go exiter(log, done)
	<-done
	close(log)
	for l := range log {
		fmt.Println(l)
	}

	// Goexit with a WaitGroup: defer wg.Done() still runs.
	var wg sync.WaitGroup
	exited := make([]bool, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { exited[i] = true }()
			if i%2 == 0 {
				runtime.Goexit()
			}
		}()
	}
	wg.Wait()
	fmt.Println("exited:", exited)

	// Goroutines blocked on a channel are counted by NumGoroutine, once the
	// earlier ones have all finished.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("goroutines with 3 blocked:", runtime.NumGoroutine())

	// Wait for every goroutine to finish, yielding with Gosched.
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines after all finished:", runtime.NumGoroutine())

	// Gosched in cooperating goroutines: results are collected in a fixed order
	// through channels, whatever the interleaving.
	a := make(chan int)
	b := make(chan int)
	go func() {
		s := 0
		for i := 0; i < 5; i++ {
			s += i
			runtime.Gosched()
		}
		a <- s
	}()
	go func() {
		p := 1
		for i := 1; i <= 5; i++ {
			p *= i
			runtime.Gosched()
		}
		b <- p
	}()
	fmt.Println("sum", <-a, "product", <-b)

	// A goroutine whose panic is recovered ends normally; its other defers run.
	res := make(chan string)
	go func() {
		defer func() { res <- "panic recovered before Goexit" }()
		defer func() {
			recover()
		}()
		panic("first")
	}()
	fmt.Println(<-res)

	// Goexit after a recovered panic in the same goroutine.
	order := make(chan string, 5)
	fin := make(chan bool)
	go func() {
		defer close(fin)
		defer func() { order <- "outer defer" }()
		func() {
			defer func() { order <- fmt.Sprint("recovered ", recover()) }()
			panic("p")
		}()
		order <- "before Goexit"
		runtime.Goexit()
	}()
	<-fin
	close(order)
	for o := range order {
		fmt.Println(o)
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("final goroutine count:", runtime.NumGoroutine())
}
