package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type outcome struct {
	jobID  int
	worker int
	words  int
	upper  string
}

func worker(id int, jobs <-chan job, results chan<- outcome, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- outcome{
			jobID:  j.id,
			worker: id,
			words:  len(strings.Fields(j.text)),
			upper:  strings.ToUpper(j.text),
		}
	}
}

func collatz(n int) int {
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

func main() {
	texts := []string{
		"the quick brown fox",
		"jumps over",
		"the lazy dog",
		"go routines and channels",
		"select",
		"worker pools collect results",
		"sorted output is deterministic",
	}
	jobs := make(chan job, len(texts))
	results := make(chan outcome, len(texts))
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- job{i, t}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []outcome
	usedWorkers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		usedWorkers[r.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].jobID < all[j].jobID })
	for _, r := range all {
		fmt.Printf("job %d: %d words, %q\n", r.jobID, r.words, r.upper)
	}
	fmt.Println("results:", len(all), "workers used within range:", len(usedWorkers) >= 1 && len(usedWorkers) <= workers)

	// A pool computing Collatz step counts; results collected by index and summed.
	const n = 30
	in := make(chan int)
	out := make(chan [2]int)
	var pwg sync.WaitGroup
	for w := 0; w < 4; w++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for x := range in {
				out <- [2]int{x, collatz(x)}
			}
		}()
	}
	go func() {
		for x := 1; x <= n; x++ {
			in <- x
		}
		close(in)
	}()
	go func() {
		pwg.Wait()
		close(out)
	}()
	steps := make([]int, n+1)
	for r := range out {
		steps[r[0]] = r[1]
	}
	fmt.Println("collatz steps 1..30:", steps[1:])
	best := 1
	for x := 1; x <= n; x++ {
		if steps[x] > steps[best] {
			best = x
		}
	}
	fmt.Println("longest:", best, steps[best])

	// Results sorted by value with ties broken by key.
	type kv struct {
		k string
		v int
	}
	words := []string{"pear", "fig", "banana", "kiwi", "apple", "plum", "date"}
	kvc := make(chan kv)
	for _, w := range words {
		go func() { kvc <- kv{w, len(w)} }()
	}
	var kvs []kv
	for range words {
		kvs = append(kvs, <-kvc)
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v < kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs {
		fmt.Print(e.k, ":", e.v, " ")
	}
	fmt.Println()
}
