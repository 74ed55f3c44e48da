package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Registry counts named things; every method takes the lock and releases it with defer,
// so a panic in the middle of an update cannot leave the registry locked.
type Registry struct {
	mu     sync.Mutex
	counts map[string]int
	ops    int
}

func NewRegistry() *Registry {
	return &Registry{counts: make(map[string]int)}
}

func (r *Registry) Add(name string, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ops++
	if n < 0 {
		panic(fmt.Sprintf("negative count %d for %q", n, name))
	}
	if name == "" {
		var empty map[string]int
		empty[name] = n // a bug: writes to a nil map
	}
	r.counts[name] += n
}

func (r *Registry) Get(name string) (int, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	v, ok := r.counts[name]
	return v, ok
}

func (r *Registry) TryAdd(name string, n int) (err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("add %q failed: %v", name, rec)
		}
	}()
	r.Add(name, n)
	return nil
}

func (r *Registry) Snapshot() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	keys := make([]string, 0, len(r.counts))
	for k := range r.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%d", k, r.counts[k])
	}
	return b.String()
}

func (r *Registry) lockedState() string {
	if r.mu.TryLock() {
		r.mu.Unlock()
		return "unlocked"
	}
	return "LOCKED"
}

var (
	initOnce sync.Once
	initRuns int
)

func setup() {
	initOnce.Do(func() {
		initRuns++
		println("setup ran")
	})
}

func main() {
	setup()
	setup()
	r := NewRegistry()
	r.Add("apples", 3)
	r.Add("pears", 2)
	r.Add("apples", 4)
	fmt.Println("snapshot:", r.Snapshot())

	for _, tc := range []struct {
		name string
		n    int
	}{{"plums", -1}, {"", 5}, {"plums", 6}} {
		err := r.TryAdd(tc.name, tc.n)
		fmt.Printf("TryAdd(%q, %d): err=%v; mutex %s\n", tc.name, tc.n, err, r.lockedState())
	}

	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				r.Add(fmt.Sprintf("w%d", w%2), 1)
			}
		}()
	}
	wg.Wait()

	total := 0
	var mu sync.Mutex
	for i := 1; i <= 10; i++ {
		func() {
			mu.Lock()
			defer mu.Unlock()
			total += i
		}()
	}
	v, ok := r.Get("w0")
	fmt.Println("w0:", v, ok)
	_, ok = r.Get("missing")
	fmt.Println("missing present:", ok)
	fmt.Println("snapshot:", r.Snapshot())
	fmt.Println("ops:", r.ops, "total:", total, "initRuns:", initRuns, "mutex", r.lockedState())
}
