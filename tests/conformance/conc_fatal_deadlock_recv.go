// main blocks receiving from a channel that nobody will ever send on, while the
// only other goroutine is blocked too: the runtime detects the deadlock and the
// program exits with status 2. Go prints on stderr:
//
//	fatal error: all goroutines are asleep - deadlock!
//
//	goroutine 1 [chan receive]:
package main

import "fmt"

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go stage(in, out)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	for v := range out {
		fmt.Println("doubled:", v)
	}

	// A goroutine waiting for a value that never comes.
	stuck := make(chan string)
	go func() {
		fmt.Println("helper waiting:", <-stuck)
	}()

	// main waits for a reply on a different channel: everyone is asleep.
	reply := make(chan int)
	fmt.Println("main waiting for a reply")
	v := <-reply
	fmt.Println("unreachable", v)
}
