package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

// Res is an object with a finalizer; its fields are checked inside the finalizer.
type Res struct {
	id   int
	name string
	buf  []byte
	next *Res
}

var (
	mu        sync.Mutex
	finalized = map[int]bool{}
	corrupt   int
	revived   []*Res
	kept      []*Res
)

func newRes(id int) *Res {
	r := &Res{id: id, name: "res" + strconv.Itoa(id), buf: make([]byte, 256)}
	for i := range r.buf {
		r.buf[i] = byte(id + i)
	}
	r.next = &Res{id: -id, name: "inner"}
	return r
}

func (r *Res) ok() bool {
	if r.name != "res"+strconv.Itoa(r.id) || len(r.buf) != 256 || r.next.id != -r.id || r.next.name != "inner" {
		return false
	}
	for i, b := range r.buf {
		if b != byte(r.id+i) {
			return false
		}
	}
	return true
}

func finalize(r *Res) {
	mu.Lock()
	defer mu.Unlock()
	if !r.ok() {
		corrupt++
	}
	finalized[r.id] = true
	if r.id%7 == 3 {
		revived = append(revived, r) // resurrected: must stay intact from now on
	}
}

func count() int {
	mu.Lock()
	defer mu.Unlock()
	return len(finalized)
}

// makeAll creates the objects in its own frame, so that no pointer to them is left in
// main's frame.
func makeAll(n int) {
	for i := 0; i < n; i++ {
		r := newRes(i)
		runtime.SetFinalizer(r, finalize)
		switch {
		case i%10 == 0:
			kept = append(kept, r)
		case i%10 == 5:
			runtime.SetFinalizer(r, nil) // cleared: never runs
		}
	}
}

// scrub overwrites stack that held pointers, for a collector scanning stacks conservatively.
func scrub(depth int) int {
	var a [64]int
	for i := range a {
		a[i] = depth + i
	}
	if depth == 0 {
		return a[3]
	}
	return scrub(depth-1) + a[5]
}

func churn(n int) int {
	s := 0
	var keep []byte
	for i := 0; i < n; i++ {
		keep = make([]byte, 512+i%512)
		s += len(keep)
	}
	return s
}

func waitFor(want int) (int, bool) {
	for tries := 0; tries < 3000; tries++ {
		if count() >= want {
			return count(), true
		}
		runtime.GC()
		churn(100)
		time.Sleep(time.Millisecond)
		runtime.Gosched()
	}
	return count(), false
}

func main() {
	const n = 200
	makeAll(n)
	scrub(50)
	churn(50000)
	// 200 objects: 20 kept, 20 with their finalizer cleared, 160 to finalize.
	got, ok := waitFor(160)
	fmt.Println("finalized", got, "of", n, "reached", ok, "corrupt", corrupt)
	time.Sleep(10 * time.Millisecond)
	runtime.GC()
	mu.Lock()
	var ids []int
	wrong := 0
	for id := range finalized {
		ids = append(ids, id)
		if id%10 == 0 || id%10 == 5 {
			wrong++
		}
	}
	mu.Unlock()
	sort.Ints(ids)
	fmt.Println("kept or cleared ones finalized:", wrong)
	fmt.Println("first ids", ids[:10], "last", ids[len(ids)-1])

	// Resurrected objects must survive further collections intact.
	churn(100000)
	runtime.GC()
	mu.Lock()
	rv := len(revived)
	rok := 0
	for _, r := range revived {
		if r.ok() {
			rok++
		}
	}
	mu.Unlock()
	fmt.Println("revived", rv, "intact", rok)

	// Kept objects are intact and not finalized.
	kok := 0
	for _, r := range kept {
		kok += map[bool]int{true: 1}[r.ok()]
	}
	fmt.Println("kept", len(kept), "intact", kok)

	// KeepAlive: the finalizer must not run before the last use marked by KeepAlive.
	special := newRes(1000)
	runtime.SetFinalizer(special, func(r *Res) { _ = r.ok() })
	b := special.buf
	special = nil
	for i := 0; i < 5; i++ {
		runtime.GC()
		churn(1000)
	}
	// The owner may or may not be finalized by now; its buffer must be intact.
	fmt.Println("buf intact after its owner was dropped:", b[0] == 232 && b[255] == 231, len(b))

	holder := newRes(2000)
	done := make(chan int, 1)
	runtime.SetFinalizer(holder, func(r *Res) { done <- r.id })
	runtime.GC()
	time.Sleep(time.Millisecond)
	select {
	case id := <-done:
		fmt.Println("too early", id)
	default:
		fmt.Println("not finalized while alive")
	}
	runtime.KeepAlive(holder)
	holder = nil
	var id int
	for tries := 0; tries < 3000; tries++ {
		runtime.GC()
		select {
		case id = <-done:
		default:
			time.Sleep(time.Millisecond)
			continue
		}
		break
	}
	fmt.Println("finalized after KeepAlive:", id)
	fmt.Println("final count", count())
}
