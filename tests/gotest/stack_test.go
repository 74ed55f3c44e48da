package stack

import (
	"strings"
	"testing"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() int {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func (s *Stack) Len() int { return len(s.items) }

func expectPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Errorf("no panic, want %q", want)
			return
		}
		if msg, _ := r.(string); !strings.Contains(msg, want) {
			t.Errorf("panic %v, want %q", r, want)
		}
	}()
	f()
}

func TestPushPop(t *testing.T) {
	var s Stack
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	for _, want := range []int{30, 20, 10} {
		if got := s.Pop(); got != want {
			t.Errorf("Pop() = %d, want %d", got, want)
		}
	}
	if s.Len() != 0 {
		t.Errorf("Len() = %d after popping everything", s.Len())
	}
}

func TestEmptyPop(t *testing.T) {
	var s Stack
	expectPanic(t, "empty stack", func() { s.Pop() })
}

func TestShort(t *testing.T) {
	if testing.Short() {
		t.Skip("long test skipped in -short mode")
	}
	var s Stack
	for i := 0; i < 100000; i++ {
		s.Push(i)
	}
	sum := 0
	for s.Len() > 0 {
		sum += s.Pop()
	}
	t.Log("sum", sum)
}

func TestUnexpectedPanic(t *testing.T) {
	var s Stack
	s.Push(1)
	s.Pop()
	s.Pop()
}
