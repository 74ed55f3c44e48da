package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	wg.Wait()
	ch := make(chan int)
	close(ch)
	func() {
		defer func() { fmt.Println("r2:", recover()) }()
		ch <- 1
	}()
	func() {
		defer func() { fmt.Println("r3:", recover()) }()
		close(ch)
	}()
	func() {
		defer func() { fmt.Println("r4:", recover()) }()
		var c chan int
		close(c)
	}()
	done := make(chan struct{})
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic(fmt.Errorf("worker failed: %d", 7))
	}()
	<-done
	fmt.Println("unreachable")
}
