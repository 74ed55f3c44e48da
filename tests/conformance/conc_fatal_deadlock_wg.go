// main waits on a WaitGroup whose counter never reaches zero (three added, two
// done) and no other goroutine is left: fatal deadlock, exit status 2. Go prints
// on stderr:
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [semacquire]:
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var both sync.WaitGroup
	var mu sync.Mutex
	results := []int{}
	wg.Add(3)
	both.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			defer both.Done()
			mu.Lock()
			defer mu.Unlock()
			results = append(results, i*i+1)
		}()
	}
	both.Wait()
	sort.Ints(results)
	fmt.Println("workers finished:", results)

	// A correctly balanced group first, to show Wait returning.
	var ok sync.WaitGroup
	ok.Add(1)
	go func() {
		defer ok.Done()
		fmt.Println("balanced worker done")
	}()
	ok.Wait()
	fmt.Println("balanced group returned")

	fmt.Println("waiting for a third Done that never comes")
	wg.Wait()
	fmt.Println("unreachable")
}
