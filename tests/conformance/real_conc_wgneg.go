package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("deferred")
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	func() {
		defer func() { fmt.Println("r:", recover()) }()
		wg.Done()
	}()
	var mu sync.Mutex
	mu.Unlock()
}
