// The user's package has no go statement; time.AfterFunc starts the goroutine that runs
// the callback. main spins until the callback has run, so it must be preempted: its loop
// polls even though only a library function it reaches has a go statement.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var fired int32
	time.AfterFunc(time.Millisecond, func() { atomic.StoreInt32(&fired, 1) })
	spins := 0
	for atomic.LoadInt32(&fired) == 0 {
		spins++
	}
	fmt.Println("fired after spinning:", spins > 0)
}
