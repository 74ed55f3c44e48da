package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	max    atomic.Uint64
	ready  atomic.Bool
}

func main() {
	var wg sync.WaitGroup

	// AddInt64 from 100 goroutines.
	var total int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&total, int64(i))
		}()
	}
	wg.Wait()
	fmt.Println("AddInt64 total:", atomic.LoadInt64(&total))

	// Int32 functions.
	var n32 int32
	atomic.StoreInt32(&n32, 40)
	fmt.Println("AddInt32:", atomic.AddInt32(&n32, 2), "Load:", atomic.LoadInt32(&n32))
	fmt.Println("AddInt32 negative:", atomic.AddInt32(&n32, -50))
	fmt.Println("Swap old:", atomic.SwapInt32(&n32, 9), "new:", atomic.LoadInt32(&n32))
	fmt.Println("CAS wrong old:", atomic.CompareAndSwapInt32(&n32, 1, 2), atomic.LoadInt32(&n32))
	fmt.Println("CAS right old:", atomic.CompareAndSwapInt32(&n32, 9, 10), atomic.LoadInt32(&n32))

	// Unsigned wraparound.
	var u32 uint32 = 1
	fmt.Println("AddUint32 -1 trick:", atomic.AddUint32(&u32, ^uint32(0)))
	fmt.Println("AddUint32 wrap:", atomic.AddUint32(&u32, ^uint32(0)))
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println("AddUint64:", atomic.AddUint64(&u64, 1<<63), atomic.LoadUint64(&u64))

	// CAS loop: exactly one goroutine wins the flag.
	var flag int32
	winners := make(chan int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				winners <- i
			}
		}()
	}
	wg.Wait()
	close(winners)
	nw := 0
	for range winners {
		nw++
	}
	fmt.Println("CAS winners:", nw, "flag:", atomic.LoadInt32(&flag))

	// CAS-based increment (retry loop).
	var casCounter int64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&casCounter)
				if atomic.CompareAndSwapInt64(&casCounter, old, old+2) {
					return
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("CAS counter:", casCounter)

	// Typed atomics.
	var s stats
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%4 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(1)
			}
			v := uint64(i * 3)
			for {
				cur := s.max.Load()
				if v <= cur || s.max.CompareAndSwap(cur, v) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", s.hits.Load(), "misses:", s.misses.Load(), "max:", s.max.Load())
	fmt.Println("ready:", s.ready.Load(), "swap:", s.ready.Swap(true), "now:", s.ready.Load())
	fmt.Println("bool CAS:", s.ready.CompareAndSwap(false, true), s.ready.CompareAndSwap(true, false), s.ready.Load())

	var i64 atomic.Int64
	i64.Store(-5)
	fmt.Println("Int64:", i64.Add(10), i64.Swap(100), i64.Load(), i64.CompareAndSwap(100, 1), i64.Load())
	var u atomic.Uint32
	fmt.Println("Uint32:", u.Add(3), u.Swap(7), u.Load())

	// atomic.Value stores and loads interface values of one concrete type.
	var cfg atomic.Value
	fmt.Println("empty Value:", cfg.Load() == nil)
	cfg.Store([]string{"a", "b"})
	fmt.Println("Value:", cfg.Load().([]string))
	old := cfg.Swap([]string{"c"})
	fmt.Println("Value swap old:", old.([]string), "new:", cfg.Load().([]string))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cfg.Store("not a slice")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var v atomic.Value
		v.Store(nil)
	}()

	// Publishing with an atomic flag: the reader spins until set.
	var published atomic.Bool
	var payload int
	go func() {
		payload = 1234
		published.Store(true)
	}()
	for !published.Load() {
		runtime.Gosched()
	}
	fmt.Println("payload:", payload)

	// And/Or (Go 1.23).
	var mask atomic.Uint32
	mask.Store(0b1100)
	fmt.Println("Or old:", mask.Or(0b0011), "now:", mask.Load())
	fmt.Println("And old:", mask.And(0b0110), "now:", mask.Load())
	var bits int32 = 0b1010
	fmt.Println("AndInt32 old:", atomic.AndInt32(&bits, 0b0011), "now:", atomic.LoadInt32(&bits))
	fmt.Println("OrInt32 old:", atomic.OrInt32(&bits, 0b0100), "now:", atomic.LoadInt32(&bits))
}
