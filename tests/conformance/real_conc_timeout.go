package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

// never completes
func slowOp(stop <-chan struct{}) <-chan int {
	ch := make(chan int, 1)
	go func() {
		select {
		case <-stop:
		case <-time.After(time.Hour):
			ch <- 1
		}
	}()
	return ch
}

func fastOp(v int) <-chan int {
	ch := make(chan int, 1)
	ch <- v * v
	return ch
}

func withTimeout(ch <-chan int, d time.Duration) (int, error) {
	select {
	case v := <-ch:
		return v, nil
	case <-time.After(d):
		return 0, ErrTimeout
	}
}

func retry(attempts int, f func(int) (int, error)) (int, error) {
	var err error
	for i := 0; i < attempts; i++ {
		var v int
		v, err = f(i)
		if err == nil {
			return v, nil
		}
		fmt.Printf("  attempt %d: %v\n", i, err)
	}
	return 0, fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	stop := make(chan struct{})
	defer close(stop)
	v, err := withTimeout(fastOp(7), time.Second)
	fmt.Println("fast:", v, err)
	v, err = withTimeout(slowOp(stop), 20*time.Millisecond)
	fmt.Println("slow:", v, err, errors.Is(err, ErrTimeout))

	v, err = retry(4, func(i int) (int, error) {
		if i < 2 {
			return withTimeout(slowOp(stop), 5*time.Millisecond)
		}
		return withTimeout(fastOp(i+10), time.Second)
	})
	fmt.Println("retry:", v, err)
	v, err = retry(2, func(int) (int, error) { return withTimeout(slowOp(stop), time.Millisecond) })
	fmt.Println("retry2:", v, err, errors.Is(err, ErrTimeout))

	// timer stop and reset
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	fmt.Println("stopped again:", t.Stop())
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("timer fired after reset")

	// ticker with bounded count
	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)

	// heartbeat: done signal arrives before deadline
	done := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Millisecond)
		}
		close(done)
	}()
	select {
	case <-done:
		fmt.Println("worker done")
	case <-time.After(10 * time.Second):
		fmt.Println("deadline")
	}
	// non-blocking select
	c := make(chan int)
	select {
	case x := <-c:
		fmt.Println("got", x)
	default:
		fmt.Println("nothing ready")
	}
	af := time.AfterFunc(time.Millisecond, func() { c <- 42 })
	fmt.Println("afterfunc:", <-c)
	fmt.Println("af stop after fire:", af.Stop())
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(0), 3*time.Microsecond)
}
