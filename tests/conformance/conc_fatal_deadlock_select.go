// After its work, main blocks forever in an empty select while the remaining
// goroutine is blocked on a channel: fatal deadlock, exit status 2. Go prints on
// stderr:
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [select (no cases)]:
package main

import "fmt"

func main() {
	results := make(chan string)
	quit := make(chan bool)
	go func() {
		for _, w := range []string{"one", "two", "three"} {
			results <- w
		}
		<-quit // never signalled
		fmt.Println("unreachable in worker")
	}()
	for i := 0; i < 3; i++ {
		fmt.Println("result:", <-results)
	}

	// A select whose every case is a nil channel also blocks forever; with a
	// default it does not.
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("unreachable nil receive")
	default:
		fmt.Println("nil-channel select with default falls through")
	}

	fmt.Println("main blocks in select{}")
	select {}
}
