package main

import (
	"fmt"
	"sort"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[int]string
	hits int
	miss int
	smu  sync.Mutex
}

func (c *cache) get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	c.smu.Lock()
	if ok {
		c.hits++
	} else {
		c.miss++
	}
	c.smu.Unlock()
	return v, ok
}

func (c *cache) put(k int, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	c := &cache{data: map[int]string{}}
	for i := 0; i < 10; i += 2 {
		c.put(i, fmt.Sprint("v", i))
	}

	// Many concurrent readers.
	var wg sync.WaitGroup
	found := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if v, ok := c.get(i); ok {
				found[i] = v
			} else {
				found[i] = "-"
			}
		}()
	}
	wg.Wait()
	fmt.Println("found:", found, "hits", c.hits, "miss", c.miss)

	// Readers can hold the lock together: all of them are inside at once.
	var rw sync.RWMutex
	const readers = 4
	inside := make(chan int, readers)
	release := make(chan bool)
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			inside <- i
			<-release
			rw.RUnlock()
		}()
	}
	ids := []int{}
	for i := 0; i < readers; i++ {
		ids = append(ids, <-inside)
	}
	sort.Ints(ids)
	fmt.Println("readers inside together:", ids)
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	wg.Wait()
	fmt.Println("TryLock after readers left:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()

	// Writers and readers mixed: every reader sees a consistent pair.
	var pair struct {
		mu   sync.RWMutex
		a, b int
	}
	bad := 0
	var badMu sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			pair.mu.Lock()
			pair.a++
			pair.b--
			pair.mu.Unlock()
		}()
		go func() {
			defer wg.Done()
			pair.mu.RLock()
			if pair.a+pair.b != 0 {
				badMu.Lock()
				bad++
				badMu.Unlock()
			}
			pair.mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("pair:", pair.a, pair.b, "inconsistent reads:", bad)

	// RLocker returns a Locker that read-locks.
	var m sync.RWMutex
	rl := m.RLocker()
	rl.Lock()
	rl.Lock()
	fmt.Println("two read locks via RLocker, TryLock:", m.TryLock())
	rl.Unlock()
	rl.Unlock()
	fmt.Println("after RLocker unlocks, TryLock:", m.TryLock())
	m.Unlock()

	// Writers update a shared slice; readers sum it after all writers finish.
	var smu sync.RWMutex
	vals := []int{}
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			smu.Lock()
			defer smu.Unlock()
			vals = append(vals, i*i)
		}()
	}
	wg.Wait()
	sums := make([]int, 3)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			smu.RLock()
			defer smu.RUnlock()
			for _, v := range vals {
				sums[r] += v
			}
		}()
	}
	wg.Wait()
	fmt.Println("reader sums:", sums, "len", len(vals))
}
