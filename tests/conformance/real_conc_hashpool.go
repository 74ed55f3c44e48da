package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	data string
}

type result struct {
	id    int
	data  string
	h32   uint32
	h64   uint64
	works int
}

func worker(wid int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		h := fnv.New32a()
		h.Write([]byte(j.data))
		h2 := fnv.New64()
		h2.Write([]byte(j.data))
		results <- result{id: j.id, data: j.data, h32: h.Sum32(), h64: h2.Sum64(), works: wid}
	}
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega")
	jobs := make(chan job)
	results := make(chan result, 4)
	var wg sync.WaitGroup
	const nworkers = 5
	for w := 0; w < nworkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, w := range words {
			jobs <- job{id: i, data: strings.Repeat(w, i%3+1)}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.works]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].h32 < all[j].h32 })
	for _, r := range all {
		fmt.Printf("%08x %016x %3d %s\n", r.h32, r.h64, r.id, r.data)
	}
	total := 0
	for w := 0; w < nworkers; w++ {
		total += perWorker[w]
	}
	fmt.Println("total", total, "of", len(words))
	// xor of all hashes is order-independent
	var x uint32
	for _, r := range all {
		x ^= r.h32
	}
	fmt.Printf("xor=%08x\n", x)
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	fmt.Println(all[0].data, all[len(all)-1].data)
}
