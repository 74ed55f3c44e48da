package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type message struct {
	producer int
	seq      int
}

// queue is a bounded FIFO built on sync.Cond.
type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	// Three producers, one consumer, a small buffer.
	msgs := make(chan message, 2)
	var pwg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for s := 0; s < 4; s++ {
				msgs <- message{p, s}
			}
		}()
	}
	go func() {
		pwg.Wait()
		close(msgs)
	}()
	perProducer := make([][]int, 4)
	for m := range msgs {
		perProducer[m.producer] = append(perProducer[m.producer], m.seq)
	}
	// Each producer's own messages arrive in the order it sent them.
	for p := 1; p <= 3; p++ {
		fmt.Println("producer", p, "sequence", perProducer[p])
	}

	// Cond-based bounded queue with two producers and two consumers.
	q := newQueue(2)
	var prod sync.WaitGroup
	for p := 0; p < 2; p++ {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for i := 0; i < 5; i++ {
				q.put(p*100 + i)
			}
		}()
	}
	var cons sync.WaitGroup
	var rmu sync.Mutex
	var got []int
	for c := 0; c < 2; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				rmu.Lock()
				got = append(got, v)
				rmu.Unlock()
			}
		}()
	}
	prod.Wait()
	q.close()
	cons.Wait()
	sort.Ints(got)
	fmt.Println("cond queue:", got)

	// Broadcast releases every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	start := false
	waiting := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !start {
				cond.Wait()
			}
			waiting--
			mu.Unlock()
		}()
	}
	// Wait until all five are waiting, yielding to let them run.
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == 5 {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	start = true
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println("broadcast released all, waiting now:", waiting)
}
