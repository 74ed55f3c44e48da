// Finalizers run on their own goroutine, which runtime.NumGoroutine does not count;
// a cleared finalizer never runs.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ id int }

var done = map[int]bool{}

func make3() {
	for i := 1; i <= 3; i++ {
		t := &T{i}
		runtime.SetFinalizer(t, func(t *T) { done[t.id] = true })
	}
	keep := &T{4}
	runtime.SetFinalizer(keep, func(t *T) { done[t.id] = true })
	runtime.SetFinalizer(keep, nil)
}

func main() {
	make3()
	fmt.Println(runtime.NumGoroutine())
	for i := 0; i < 100 && len(done) < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println(done[1], done[2], done[3], done[4], runtime.NumGoroutine())
}
