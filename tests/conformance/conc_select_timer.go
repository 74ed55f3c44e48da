package main

import (
	"fmt"
	"time"
)

func slowSquare(x int, out chan<- int) {
	out <- x * x
}

func main() {
	// A ready channel beats a long timeout.
	ready := make(chan string, 1)
	ready <- "value"
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(10 * time.Second):
		fmt.Println("timeout (should not happen)")
	}

	// A channel that is never sent on: the short timeout fires.
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case t := <-time.After(2 * time.Millisecond):
		fmt.Println("timed out, time is set:", !t.IsZero())
	}

	// Work done by a goroutine with a generous deadline per result.
	res := make(chan int)
	for i := 1; i <= 3; i++ {
		go slowSquare(i, res)
		select {
		case v := <-res:
			fmt.Println("result", v)
		case <-time.After(30 * time.Second):
			fmt.Println("worker too slow")
		}
	}

	// Timer.Stop on a pending timer reports true, then false.
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "stop again:", t.Stop())

	// A fired and drained timer: Stop reports false; Reset rearms it.
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("stop fired:", t2.Stop())
	fmt.Println("reset fired:", t2.Reset(time.Millisecond))
	<-t2.C
	fmt.Println("fired again")

	// Reset of a pending timer reports true.
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println("t3 fired after reset")

	// A stopped timer never fires: a select with a short timeout proves it.
	t4 := time.NewTimer(time.Millisecond)
	t4.Stop()
	select {
	case <-t4.C:
		fmt.Println("stopped timer fired (unexpected in Go 1.23)")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}

	// time.Tick delivers repeatedly.
	tick := time.Tick(time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
	}
	fmt.Println("three ticks received")

	// Ticker with Stop.
	tk := time.NewTicker(time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticker counted", n)

	// AfterFunc runs its function in its own goroutine.
	fired := make(chan string)
	time.AfterFunc(time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	af := time.AfterFunc(time.Hour, func() { fired <- "never" })
	fmt.Println("afterfunc stopped:", af.Stop())

	// Quit channel versus a ticker: the loop ends on quit, after some ticks.
	quit := make(chan bool)
	go func() {
		time.Sleep(5 * time.Millisecond)
		close(quit)
	}()
	tk2 := time.NewTicker(time.Millisecond)
	defer tk2.Stop()
	ticks := 0
	for running := true; running; {
		select {
		case <-tk2.C:
			ticks++
		case <-quit:
			running = false
		}
	}
	fmt.Println("loop ended by quit, ticks >= 0:", ticks >= 0)

	// Sleep then a non-blocking check: the buffered value is there.
	late := make(chan int, 1)
	go func() { late <- 5 }()
	time.Sleep(time.Millisecond)
	v := <-late
	fmt.Println("late value:", v)

	// Durations printed are constants, not measurements.
	fmt.Println("timeouts:", 10*time.Second, 2*time.Millisecond, time.Hour)
}
