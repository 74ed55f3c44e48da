package main

import (
	"fmt"
	"sort"
)

func source(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", name, i)
		}
		close(out)
	}()
	return out
}

// merge reads two channels until both are closed, disabling each one as it closes.
func merge(a, b <-chan string) []string {
	var all []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			all = append(all, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			all = append(all, v)
		}
	}
	return all
}

func ticker(out chan<- int, quit <-chan bool, done chan<- int) {
	i := 0
	for {
		select {
		case out <- i:
			i++
		case <-quit:
			done <- i
			return
		}
	}
}

func main() {
	merged := merge(source("a", 3), source("b", 4))
	sort.Strings(merged)
	fmt.Println("merged:", merged)

	// Generator with a quit channel: the consumer takes 5 values, then quits.
	out := make(chan int)
	quit := make(chan bool)
	done := make(chan int)
	go ticker(out, quit, done)
	for j := 0; j < 5; j++ {
		fmt.Println("tick", <-out)
	}
	quit <- true
	fmt.Println("generator stopped after", <-done, "sends")

	// Fibonacci with select on a value channel and a quit channel.
	fibc := make(chan int)
	fq := make(chan struct{})
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-fibc, " ")
		}
		fmt.Println()
		close(fq)
	}()
	x, y := 0, 1
	running := true
	for running {
		select {
		case fibc <- x:
			x, y = y, x+y
		case <-fq:
			running = false
		}
	}
	fmt.Println("fib stopped at", x)

	// Event loop: commands arrive on one channel, a stop on another.
	cmds := make(chan string)
	stop := make(chan struct{})
	result := make(chan []string)
	go func() {
		var log []string
		for {
			select {
			case c := <-cmds:
				log = append(log, "cmd:"+c)
			case <-stop:
				log = append(log, "stop")
				result <- log
				return
			}
		}
	}()
	for _, c := range []string{"open", "read", "close"} {
		cmds <- c
	}
	stop <- struct{}{}
	for _, l := range <-result {
		fmt.Println(l)
	}

	// A select-based accumulator that sends results when asked.
	add := make(chan int)
	get := make(chan chan int)
	fin := make(chan bool)
	go func() {
		total := 0
		for {
			select {
			case v := <-add:
				total += v
			case r := <-get:
				r <- total
			case <-fin:
				return
			}
		}
	}()
	reply := make(chan int)
	for i := 1; i <= 4; i++ {
		add <- i * i
		get <- reply
		fmt.Println("running total:", <-reply)
	}
	fin <- true
}
