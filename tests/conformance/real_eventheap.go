package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Critical
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	}
	return "CRIT"
}

type Event struct {
	At     int
	Prio   Priority
	Name   string
	Action func(s *Scheduler)
	seq    int
	index  int
}

type eventQueue []*Event

func (q eventQueue) Len() int { return len(q) }
func (q eventQueue) Less(i, j int) bool {
	a, b := q[i], q[j]
	if a.At != b.At {
		return a.At < b.At
	}
	if a.Prio != b.Prio {
		return a.Prio > b.Prio
	}
	return a.seq < b.seq
}
func (q eventQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *eventQueue) Push(x any) {
	e := x.(*Event)
	e.index = len(*q)
	*q = append(*q, e)
}
func (q *eventQueue) Pop() any {
	old := *q
	n := len(old)
	e := old[n-1]
	old[n-1] = nil
	e.index = -1
	*q = old[:n-1]
	return e
}

type Scheduler struct {
	now    int
	q      eventQueue
	seq    int
	log    []string
	byName map[string]*Event
}

func (s *Scheduler) Schedule(at int, prio Priority, name string, action func(*Scheduler)) *Event {
	s.seq++
	e := &Event{At: at, Prio: prio, Name: name, Action: action, seq: s.seq}
	heap.Push(&s.q, e)
	if s.byName == nil {
		s.byName = map[string]*Event{}
	}
	s.byName[name] = e
	return e
}

func (s *Scheduler) Cancel(name string) bool {
	e, ok := s.byName[name]
	if !ok || e.index < 0 {
		return false
	}
	heap.Remove(&s.q, e.index)
	delete(s.byName, name)
	return true
}

func (s *Scheduler) Reschedule(name string, at int) {
	if e := s.byName[name]; e != nil && e.index >= 0 {
		e.At = at
		heap.Fix(&s.q, e.index)
	}
}

func (s *Scheduler) Run(until int) (ran int) {
	defer func() { s.log = append(s.log, fmt.Sprintf("run stopped at t=%d after %d events", s.now, ran)) }()
	for s.q.Len() > 0 {
		e := heap.Pop(&s.q).(*Event)
		if e.At > until {
			heap.Push(&s.q, e)
			return
		}
		s.now = e.At
		func() {
			defer func() {
				if r := recover(); r != nil {
					s.log = append(s.log, fmt.Sprintf("t=%03d %-8s FAILED: %v", s.now, e.Name, r))
				}
			}()
			s.log = append(s.log, fmt.Sprintf("t=%03d %-8s [%v]", s.now, e.Name, e.Prio))
			if e.Action != nil {
				e.Action(s)
			}
		}()
		ran++
	}
	return
}

func main() {
	s := &Scheduler{}
	for i, name := range []string{"alpha", "beta", "gamma"} {
		s.Schedule(10*(3-i), Normal, name, func(s *Scheduler) {
			s.log = append(s.log, fmt.Sprintf("      %s saw i=%d", name, i))
		})
	}
	s.Schedule(20, High, "urgent", nil)
	s.Schedule(20, Critical, "fire", func(s *Scheduler) {
		s.Schedule(s.now+5, Low, "aftermath", nil)
	})
	s.Schedule(5, Low, "tick", func(s *Scheduler) {
		if s.now < 40 {
			s.Schedule(s.now+15, Low, fmt.Sprintf("tick%d", s.now), nil)
		}
	})
	s.Schedule(25, Normal, "crash", func(s *Scheduler) {
		var m map[string]int
		m["boom"]++
	})
	s.Schedule(26, Normal, "divide", func(s *Scheduler) {
		zero := s.now - 26
		_ = 100 / zero
	})
	s.Schedule(50, Normal, "late", nil)
	s.Schedule(60, Normal, "cancelme", nil)
	fmt.Println(s.Cancel("cancelme"), s.Cancel("cancelme"), s.Cancel("nobody"))
	s.Reschedule("late", 1)
	n := s.Run(22)
	fmt.Println("ran", n, "pending", s.q.Len())
	for _, e := range s.q {
		fmt.Printf("  pending %s@%d idx=%d\n", e.Name, e.At, e.index)
	}
	n = s.Run(1000)
	fmt.Println("ran", n, "pending", s.q.Len())
	fmt.Println(strings.Join(s.log, "\n"))

	h := &intHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
