package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type report struct {
	name string
	msg  string
	rt   bool
}

// guarded runs f in a new goroutine that recovers its own panic and reports it.
func guarded(name string, f func(), out chan<- report) {
	go func() {
		defer func() {
			r := recover()
			if r == nil {
				out <- report{name, "no panic", false}
				return
			}
			_, isRT := r.(runtime.Error)
			if err, ok := r.(error); ok {
				out <- report{name, err.Error(), isRT}
				return
			}
			out <- report{name, fmt.Sprint(r), isRT}
		}()
		f()
	}()
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

func main() {
	out := make(chan report)
	var nilc chan int
	var nilm map[string]int
	var arr []int
	cases := []struct {
		name string
		f    func()
	}{
		{"send on closed", func() {
			c := make(chan int, 1)
			close(c)
			c <- 1
		}},
		{"close of closed", func() {
			c := make(chan string)
			close(c)
			close(c)
		}},
		{"close of nil", func() {
			close(nilc)
		}},
		{"buffered send after close", func() {
			c := make(chan int, 3)
			c <- 1
			close(c)
			c <- 2
		}},
		{"index", func() { _ = arr[5] }},
		{"nil map", func() { nilm["x"] = 1 }},
		{"string value", func() { panic("plain string") }},
		{"error value", func() { panic(errors.New("an error")) }},
		{"custom error", func() { panic(&myErr{7}) }},
		{"int value", func() { panic(42) }},
		{"no panic", func() {}},
	}
	for _, c := range cases {
		guarded(c.name, c.f, out)
		r := <-out
		fmt.Printf("%-26s runtime.Error=%-5v %s\n", r.name+":", r.rt, r.msg)
	}

	// A closed channel panic inside a goroutine that also has deferred cleanup.
	log := make(chan string, 10)
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer func() {
			if r := recover(); r != nil {
				log <- "recovered: " + fmt.Sprint(r)
			}
		}()
		defer func() { log <- "cleanup ran first" }()
		c := make(chan bool)
		close(c)
		close(c)
	}()
	<-done
	close(log)
	for l := range log {
		fmt.Println(l)
	}

	// Recovering lets the goroutine keep working: a loop of tasks, some panic.
	results := make(chan string)
	go func() {
		for i := 0; i < 5; i++ {
			func() {
				defer func() {
					if r := recover(); r != nil {
						results <- fmt.Sprintf("task %d failed: %v", i, r)
					}
				}()
				if i%2 == 1 {
					panic(fmt.Sprintf("odd task %d", i))
				}
				results <- fmt.Sprintf("task %d ok", i)
			}()
		}
		close(results)
	}()
	for r := range results {
		fmt.Println(r)
	}

	// Re-panic with a wrapped value, recovered one level up, still in the goroutine.
	errc := make(chan error)
	go func() {
		defer func() {
			r := recover()
			errc <- fmt.Errorf("outer: %v", r)
		}()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprintf("wrapped(%v)", r))
			}()
			var c chan int
			close(c)
		}()
	}()
	fmt.Println(<-errc)

	// recover only works in the panicking goroutine's deferred call: the main
	// goroutine's recover sees nothing.
	fmt.Println("main recover:", recover())
	msg := (<-func() chan string {
		c := make(chan string)
		go func() {
			defer func() {
				r := recover()
				c <- strings.ToUpper(fmt.Sprint(r))
			}()
			panic("shout")
		}()
		return c
	}())
	fmt.Println(msg)
}
