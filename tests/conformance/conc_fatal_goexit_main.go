// main calls runtime.Goexit: its deferred calls run, the other goroutines keep
// going, and when the last of them finishes the runtime reports a deadlock and
// the program exits with status 2. Go prints on stderr (no goroutine header):
//
//	fatal error: no goroutines (main called runtime.Goexit) - deadlock!
package main

import (
	"fmt"
	"runtime"
)

func main() {
	proceed := make(chan bool)
	step := make(chan int)
	go func() {
		<-proceed
		for i := 1; i <= 3; i++ {
			fmt.Println("worker step", i, "after main's Goexit")
			step <- i
		}
	}()
	go func() {
		total := 0
		for i := 0; i < 3; i++ {
			total += <-step
		}
		fmt.Println("collector total:", total)
	}()
	defer close(proceed)
	defer fmt.Println("main's second defer runs next")
	defer fmt.Println("main's deferred calls run during Goexit")
	// Before leaving, main checks that its helpers have not started yet.
	select {
	case v := <-step:
		fmt.Println("unexpected step", v)
	default:
		fmt.Println("helpers are waiting for main's defers")
	}
	fmt.Println("main calls Goexit")
	runtime.Goexit()
	fmt.Println("unreachable")
}
