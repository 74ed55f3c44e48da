package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	go func() {
		mu.Lock()
		ch <- 1
		mu.Unlock()
	}()
	fmt.Println(<-ch)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done() }()
	wg.Wait()
}
