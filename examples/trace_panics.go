// Panics inside deferred calls (a nested panic aborting an older one), recover() that
// returns nil and why, defer recover(), runtime.Goexit on a goroutine, and a fatal panic:
// run it with `deferjit trace examples/trace_panics.go`.
package main

import (
	"fmt"
	"runtime"
)

func inner() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

func outer() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer recover()
	inner()
}

func worker(done chan bool) {
	defer func() { done <- true }()
	defer fmt.Println("worker: deferred")
	runtime.Goexit()
}

type E struct{}

func (E) Error() string { return "an E" }

func main() {
	outer()
	done := make(chan bool)
	go worker(done)
	<-done
	defer fmt.Println("main deferred")
	panic(E{})
}
