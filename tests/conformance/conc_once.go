package main

import (
	"errors"
	"fmt"
	"sync"
)

// onceFunc is sync.OnceFunc called through a variable: gc then does not inline it
// into main, so `go build -gcflags=-d=defer` reports no defer inside the sync
// package (scripts/record-golden.py refuses such output).
var onceFunc = sync.OnceFunc

var (
	configOnce sync.Once
	config     map[string]string
	loads      int
)

func loadConfig() {
	loads++
	config = map[string]string{"mode": "fast", "level": "3"}
}

func getConfig(key string) string {
	configOnce.Do(loadConfig)
	return config[key]
}

func main() {
	// Once.Do from many goroutines runs the function exactly once.
	var wg sync.WaitGroup
	modes := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			modes[i] = getConfig("mode")
		}()
	}
	wg.Wait()
	same := true
	for _, m := range modes {
		if m != "fast" {
			same = false
		}
	}
	fmt.Println("loads:", loads, "all see fast:", same, "level:", getConfig("level"))

	// Do with a different function after the first call does nothing.
	var once sync.Once
	calls := []string{}
	once.Do(func() { calls = append(calls, "first") })
	once.Do(func() { calls = append(calls, "second") })
	fmt.Println("calls:", calls)

	// A panic inside Do still counts as done.
	var pOnce sync.Once
	func() {
		defer func() { fmt.Println("recovered from Do:", recover()) }()
		pOnce.Do(func() { panic("init failed") })
	}()
	ran := false
	pOnce.Do(func() { ran = true })
	fmt.Println("ran after panic:", ran)

	// OnceFunc: the wrapped function runs once no matter how many goroutines call it.
	count := 0
	inc := onceFunc(func() { count++ })
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			inc()
		}()
	}
	wg.Wait()
	inc()
	fmt.Println("OnceFunc count:", count)

	// OnceFunc re-panics with the same value on every call.
	boom := onceFunc(func() { panic(errors.New("once boom")) })
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				err, isErr := r.(error)
				fmt.Println("call", i, "panic:", r, isErr, err != nil)
			}()
			boom()
		}()
	}

	// A chain of Once values initialising each other lazily.
	var aOnce, bOnce sync.Once
	var a, b int
	getB := func() int {
		bOnce.Do(func() { b = 7 })
		return b
	}
	getA := func() int {
		aOnce.Do(func() { a = getB() * 6 })
		return a
	}
	fmt.Println("lazy chain:", getA(), getA(), getB())

	// Once inside a struct, used through a method.
	type resource struct {
		once sync.Once
		id   int
		opens int
	}
	r := &resource{id: 5}
	open := func() {
		r.once.Do(func() { r.opens++ })
	}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			open()
		}()
	}
	wg.Wait()
	fmt.Println("resource", r.id, "opened", r.opens, "time(s)")

	// Results published by Once are visible to every goroutine that returns from Do.
	var tableOnce sync.Once
	var table []int
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tableOnce.Do(func() {
				for i := 1; i <= 100; i++ {
					table = append(table, i)
				}
			})
			for _, v := range table {
				sums[g] += v
			}
		}()
	}
	wg.Wait()
	fmt.Println("sums seen:", sums)
}
