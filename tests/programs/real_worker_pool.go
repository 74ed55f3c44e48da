package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Job struct {
	ID    int
	Input int
}

type Result struct {
	JobID  int
	Output int
	Err    error
	Worker int
}

var ErrTooBig = errors.New("input too big")

// collatzSteps counts steps to reach 1; it panics on non-positive input.
func collatzSteps(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("collatz of %d", n))
	}
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

// process runs one job; a panic becomes the job's error and the worker keeps going.
func process(worker int, j Job) (res Result) {
	res = Result{JobID: j.ID, Worker: worker}
	defer func() {
		if r := recover(); r != nil {
			res.Err = fmt.Errorf("job %d panicked: %v", j.ID, r)
		}
	}()
	if j.Input > 1_000_000 {
		res.Err = fmt.Errorf("job %d: %w", j.ID, ErrTooBig)
		return
	}
	res.Output = collatzSteps(j.Input)
	return
}

func pool(workers int, inputs []int) []Result {
	jobs := make(chan Job)
	results := make(chan Result, 4)
	var wg sync.WaitGroup
	var mu sync.Mutex
	perWorker := make(map[int]int)
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := process(w, j)
				mu.Lock()
				perWorker[w]++
				mu.Unlock()
				results <- r
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, in := range inputs {
			jobs <- Job{ID: i, Input: in}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].JobID < out[b].JobID })
	total := 0
	for _, n := range perWorker {
		total += n
	}
	println("jobs handled by all workers:", total)
	return out
}

func main() {
	inputs := []int{27, 1, 6, 0, 97, 2_000_000, 871, -5, 9, 77031}
	results := pool(3, inputs)
	failed := 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Printf("job %2d: error %v (too big: %t)\n", r.JobID, r.Err, errors.Is(r.Err, ErrTooBig))
			continue
		}
		fmt.Printf("job %2d: collatz(%d) = %d\n", r.JobID, inputs[r.JobID], r.Output)
	}
	fmt.Println("failed:", failed, "of", len(results))

	// Fan-in of squares through a pipeline of unbuffered channels.
	gen := func(n int) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for i := 1; i <= n; i++ {
				ch <- i
			}
		}()
		return ch
	}
	square := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	sum := 0
	for v := range square(square(gen(10))) {
		sum += v
	}
	fmt.Println("sum of fourth powers 1..10:", sum)

	done := make(chan struct{})
	var once sync.Once
	for i := 0; i < 3; i++ {
		go once.Do(func() { close(done) })
	}
	<-done
	v, ok := <-done
	fmt.Println("closed channel receive:", v, ok)
}
