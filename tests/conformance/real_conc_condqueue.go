package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrClosed = errors.New("queue closed")

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
	maxLen   int
}

func NewQueue(n int) *Queue {
	q := &Queue{cap: n}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap && !q.closed {
		q.notFull.Wait()
	}
	if q.closed {
		return ErrClosed
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxLen {
		q.maxLen = len(q.items)
	}
	q.notEmpty.Signal()
	return nil
}

func (q *Queue) Get() (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, ErrClosed
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, nil
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
	q.notFull.Broadcast()
}

func main() {
	q := NewQueue(3)
	var pwg, cwg sync.WaitGroup
	var mu sync.Mutex
	consumed := map[int][]int{}
	for p := 0; p < 4; p++ {
		pwg.Add(1)
		go func(p int) {
			defer pwg.Done()
			for i := 0; i < 25; i++ {
				if err := q.Put(p*100 + i); err != nil {
					panic(err)
				}
			}
		}(p)
	}
	for c := 0; c < 3; c++ {
		cwg.Add(1)
		go func(c int) {
			defer cwg.Done()
			for {
				v, err := q.Get()
				if err != nil {
					return
				}
				mu.Lock()
				consumed[v/100] = append(consumed[v/100], v%100)
				mu.Unlock()
			}
		}(c)
	}
	pwg.Wait()
	q.Close()
	cwg.Wait()
	total := 0
	for p := 0; p < 4; p++ {
		s := consumed[p]
		total += len(s)
		sort.Ints(s)
		fmt.Println("producer", p, "count", len(s), "min", s[0], "max", s[len(s)-1])
	}
	fmt.Println("total", total, "maxLen<=cap", q.maxLen <= q.cap)
	fmt.Println(q.Put(1))
	_, err := q.Get()
	fmt.Println(err, errors.Is(err, ErrClosed))

	// ping-pong with a cond: strict alternation gives deterministic output
	var m sync.Mutex
	c := sync.NewCond(&m)
	turn := 0
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for round := 0; round < 4; round++ {
				m.Lock()
				for turn%3 != id {
					c.Wait()
				}
				fmt.Printf("round %d player %d turn %d\n", round, id, turn)
				turn++
				m.Unlock()
				c.Broadcast()
			}
		}(id)
	}
	wg.Wait()
	fmt.Println("final turn", turn)
}
