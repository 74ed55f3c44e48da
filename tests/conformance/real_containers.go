package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head, tail *Node
	size       int
}

func (l *List) PushBack(vals ...int) *List {
	for _, v := range vals {
		n := &Node{Val: v}
		if l.tail == nil {
			l.head, l.tail = n, n
		} else {
			l.tail.Next = n
			l.tail = n
		}
		l.size++
	}
	return l
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return l.size
}

func (l *List) String() string {
	if l == nil {
		return "nil-list"
	}
	parts := []string{}
	for n := l.head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "(" + strings.Join(parts, " -> ") + ")"
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	l.tail = cur
	for cur != nil {
		cur.Next, prev, cur = prev, cur, cur.Next
	}
	l.head = prev
}

func (l *List) Filter(keep func(int) bool) {
	pp := &l.head
	l.tail = nil
	for *pp != nil {
		if keep((*pp).Val) {
			l.tail = *pp
			pp = &(*pp).Next
		} else {
			*pp = (*pp).Next
			l.size--
		}
	}
}

type Container interface {
	Put(int)
	Take() (int, error)
	Len() int
}

var ErrEmpty = errors.New("container empty")

type Stack struct{ items []int }

func (s *Stack) Put(v int) { s.items = append(s.items, v) }
func (s *Stack) Take() (int, error) {
	if len(s.items) == 0 {
		return 0, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct{ list List }

func (q *Queue) Put(v int) { q.list.PushBack(v) }
func (q *Queue) Take() (v int, err error) {
	h := q.list.head
	if h == nil {
		return 0, fmt.Errorf("queue: %w", ErrEmpty)
	}
	q.list.head = h.Next
	if q.list.head == nil {
		q.list.tail = nil
	}
	q.list.size--
	return h.Val, nil
}
func (q *Queue) Len() int { return q.list.Len() }

func drain(name string, c Container) {
	var got []int
	for {
		v, err := c.Take()
		if errors.Is(err, ErrEmpty) {
			fmt.Printf("%-6s %v (err=%v, len=%d)\n", name, got, err, c.Len())
			return
		}
		got = append(got, v)
	}
}

func describe(c Container) string {
	switch v := c.(type) {
	case nil:
		return "nil interface"
	case *Stack:
		if v == nil {
			return "typed nil *Stack"
		}
		return fmt.Sprintf("stack of %d", v.Len())
	case *Queue:
		return fmt.Sprintf("queue of %d", v.Len())
	}
	return "?"
}

func main() {
	l := (&List{}).PushBack(1, 2, 3, 4, 5, 6)
	fmt.Println(l, l.Len())
	l.Reverse()
	fmt.Println(l, l.head.Val, l.tail.Val)
	l.Filter(func(v int) bool { return v%2 == 0 })
	fmt.Println(l, l.Len(), l.tail.Val)
	l.PushBack(10)
	fmt.Println(l)
	var nl *List
	fmt.Println(nl.Len(), nl, nl.String())

	containers := map[string]Container{"stack": &Stack{}, "queue": &Queue{}}
	for _, name := range []string{"stack", "queue"} {
		c := containers[name]
		for i := range 5 {
			c.Put(i * i)
		}
		fmt.Println(describe(c))
		drain(name, c)
	}

	var c Container
	var sp *Stack
	fmt.Println(describe(c), c == nil)
	c = sp
	fmt.Println(describe(c), c == nil, sp == nil)
	fmt.Println(describe(containers["missing"]))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(c.Len())
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("recovered error:", ok, err)
		}()
		var empty Container
		empty.Put(1)
	}()

	q := &Queue{}
	q.Put(7)
	q.Take()
	fmt.Println(q.list.head == nil, q.list.tail == nil, q.Len())
	var broken *Queue
	fmt.Println("about to take from nil queue")
	broken.Take()
	fmt.Println("unreachable")
}
