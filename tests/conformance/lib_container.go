package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"sort"
	"strings"
)

func dump(l *list.List) string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprintf("len=%d [", l.Len()))
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			sb.WriteString(" ")
		}
		sb.WriteString(fmt.Sprint(e.Value))
	}
	sb.WriteString("] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		sb.WriteString(" ")
		sb.WriteString(fmt.Sprint(e.Value))
	}
	return sb.String()
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

type IntHeap struct {
	a   []int
	log []string
}

func (h *IntHeap) Len() int { return len(h.a) }
func (h *IntHeap) Less(i, j int) bool {
	h.log = append(h.log, fmt.Sprintf("L%d,%d", i, j))
	return h.a[i] < h.a[j]
}
func (h *IntHeap) Swap(i, j int) {
	h.log = append(h.log, fmt.Sprintf("S%d,%d", i, j))
	x := h.a[i]
	h.a[i] = h.a[j]
	h.a[j] = x
}
func (h *IntHeap) Push(x any) { h.a = append(h.a, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[:n-1]
	return x
}
func (h *IntHeap) flush() string {
	s := strings.Join(h.log, " ")
	h.log = nil
	return s
}

type item struct {
	name  string
	prio  int
	index int
}
type PQ []*item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].prio > pq[j].prio }
func (pq PQ) Swap(i, j int)      { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }
func (pq *PQ) Push(x any)        { it := x.(*item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	it.index = -1
	return it
}

var _ sort.Interface = PQ(nil)

func listTests() {
	fmt.Println("== list")
	var z list.List
	fmt.Println("zero:", dump(&z), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	fmt.Println("zero push:", dump(&z))
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	e3 := l.InsertBefore(3, e4)
	e2 := l.InsertAfter(2, e1)
	fmt.Println(dump(l))
	fmt.Println("front/back", l.Front().Value, l.Back().Value, e1.Prev() == nil, e4.Next() == nil)
	l.MoveToBack(e1)
	fmt.Println("MoveToBack(1):", dump(l))
	l.MoveToFront(e1)
	fmt.Println("MoveToFront(1):", dump(l))
	l.MoveToFront(e1)
	l.MoveToBack(e4)
	fmt.Println("no-op moves:", dump(l))
	l.MoveBefore(e4, e2)
	fmt.Println("MoveBefore(4,2):", dump(l))
	l.MoveAfter(e1, e3)
	fmt.Println("MoveAfter(1,3):", dump(l))
	l.MoveAfter(e1, e1)
	l.MoveBefore(e3, e3)
	fmt.Println("self moves:", dump(l))
	l.MoveAfter(e2, e4)
	fmt.Println("MoveAfter(2,4):", dump(l))
	l.MoveBefore(e2, e4)
	fmt.Println("MoveBefore(2,4):", dump(l))
	fmt.Println("Remove(3) =", l.Remove(e3), dump(l))
	fmt.Println("Remove(3) again =", l.Remove(e3), dump(l), e3.Next() == nil, e3.Prev() == nil)
	other := list.New()
	o1 := other.PushBack("x")
	fmt.Println("Remove foreign =", l.Remove(o1), dump(l), dump(other))
	fmt.Println("InsertBefore foreign:", l.InsertBefore(9, o1) == nil, l.InsertAfter(9, o1) == nil, l.InsertBefore(9, e3) == nil)
	l.MoveToFront(o1)
	l.MoveToBack(o1)
	l.MoveBefore(e1, o1)
	l.MoveAfter(o1, e1)
	fmt.Println("foreign moves:", dump(l), dump(other))
	other.PushBack("y")
	l.PushBackList(other)
	fmt.Println("PushBackList:", dump(l))
	l.PushFrontList(other)
	fmt.Println("PushFrontList:", dump(l))
	l.PushBackList(l)
	fmt.Println("PushBackList self:", dump(l))
	l.PushFrontList(l)
	fmt.Println("PushFrontList self len:", l.Len())
	var z2 list.List
	z2.PushBackList(other)
	var z3 list.List
	z3.PushFrontList(other)
	fmt.Println("zero lists:", dump(&z2), dump(&z3))
	l.Init()
	fmt.Println("Init:", dump(l), e1.Next() == nil)
	// A removed-by-Init element still claims the list.
	fmt.Println("stale Remove:", l.Len())
	// Remove all during iteration
	l2 := list.New()
	for i := 0; i < 6; i++ {
		l2.PushBack(i)
	}
	var next *list.Element
	for e := l2.Front(); e != nil; e = next {
		next = e.Next()
		if e.Value.(int)%2 == 0 {
			l2.Remove(e)
		}
	}
	fmt.Println("odd only:", dump(l2))
	var lone list.Element
	fmt.Println("lone:", lone.Next() == nil, lone.Prev() == nil)
	try("InsertBefore nil mark", func() { l2.InsertBefore(1, nil) })
	try("Remove nil", func() { l2.Remove(nil) })
	try("MoveToFront nil", func() { l2.MoveToFront(nil) })
	try("PushBackList nil", func() { l2.PushBackList(nil) })
	var nl *list.List
	try("nil Len", func() { nl.Len() })
	try("nil PushBack", func() { nl.PushBack(1) })
}

func heapTests() {
	fmt.Println("== heap")
	h := &IntHeap{a: []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}}
	heap.Init(h)
	fmt.Println("Init:", h.a)
	fmt.Println(" calls:", h.flush())
	heap.Push(h, -1)
	fmt.Println("Push(-1):", h.a, h.flush())
	fmt.Println("Pop:", heap.Pop(h), h.a, h.flush())
	fmt.Println("Remove(3):", heap.Remove(h, 3), h.a, h.flush())
	fmt.Println("Remove(last):", heap.Remove(h, h.Len()-1), h.a, h.flush())
	h.a[0] = 100
	heap.Fix(h, 0)
	fmt.Println("Fix(0):", h.a, h.flush())
	h.a[5] = -5
	heap.Fix(h, 5)
	fmt.Println("Fix(5):", h.a, h.flush())
	var out []any
	for h.Len() > 0 {
		out = append(out, heap.Pop(h))
	}
	fmt.Println("drain:", out)
	h.flush()
	try("Pop empty", func() { heap.Pop(h) })
	fmt.Println(" calls:", h.flush())
	try("Remove out of range", func() { heap.Remove(h, 5) })
	e := &IntHeap{}
	heap.Init(e)
	heap.Fix(e, 0)
	fmt.Println("empty fix:", e.flush())
	for _, v := range []int{3, 3, 1, 1, 2, 2} {
		heap.Push(e, v)
	}
	fmt.Println("dups:", e.a, e.flush())

	pq := PQ{}
	heap.Init(&pq)
	names := []string{"banana", "apple", "pear", "kiwi", "fig"}
	var items []*item
	for i, n := range names {
		it := &item{name: n, prio: (i*7 + 3) % 5}
		items = append(items, it)
		heap.Push(&pq, it)
	}
	items[1].prio = 10
	heap.Fix(&pq, items[1].index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*item)
		fmt.Printf("%s:%d(%d) ", it.name, it.prio, it.index)
	}
	fmt.Println()
}

func ringDump(r *ring.Ring) string {
	var parts []string
	r.Do(func(v any) { parts = append(parts, fmt.Sprint(v)) })
	return fmt.Sprintf("len=%d %v", r.Len(), parts)
}

func ringTests() {
	fmt.Println("== ring")
	fmt.Println("New(0):", ring.New(0) == nil, ring.New(-3) == nil)
	var nr *ring.Ring
	fmt.Println("nil:", ringDump(nr))
	var zr ring.Ring
	fmt.Println("zero:", zr.Len(), zr.Next() == &zr, zr.Prev() == &zr)
	var zr2 ring.Ring
	fmt.Println("zero Move:", zr2.Move(5) == &zr2)
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	fmt.Println(ringDump(r))
	fmt.Println("Move(2):", ringDump(r.Move(2)))
	fmt.Println("Move(-1):", ringDump(r.Move(-1)))
	fmt.Println("Move(12):", r.Move(12).Value, "Move(-7):", r.Move(-7).Value, "Move(0):", r.Move(0).Value)
	fmt.Println("Prev:", r.Prev().Value, "Next:", r.Next().Value)
	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Next()
	}
	ret := r.Link(s)
	fmt.Println("Link other:", ringDump(r), "ret:", ringDump(ret))
	cut := r.Unlink(3)
	fmt.Println("Unlink(3):", ringDump(r), "cut:", ringDump(cut))
	fmt.Println("Unlink(0):", r.Unlink(0) == nil, r.Unlink(-1) == nil)
	cut2 := r.Unlink(r.Len() + 1)
	fmt.Println("Unlink(len+1):", ringDump(r), "cut:", ringDump(cut2))
	// Link same ring: removes elements between.
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = string(rune('a' + i))
		t = t.Next()
	}
	removed := t.Link(t.Move(3))
	fmt.Println("Link same:", ringDump(t), "removed:", ringDump(removed))
	fmt.Println("Link nil:", t.Link(nil).Value, ringDump(t))
	self := t.Link(t)
	fmt.Println("Link self:", ringDump(t), ringDump(self))
	var z ring.Ring
	z.Value = "z"
	u := ring.New(2)
	u.Value, u.Next().Value = "u0", "u1"
	z.Link(u)
	fmt.Println("zero Link:", ringDump(&z))
	sum := 0
	r.Do(func(v any) { sum += v.(int) })
	fmt.Println("sum:", sum)
	try("Do panics", func() { r.Do(func(v any) { _ = v.(string) }) })
	try("nil Next", func() { nr.Next() })
	try("nil Move", func() { nr.Move(1) })
}

func main() {
	listTests()
	heapTests()
	ringTests()
	l := list.New()
	l.PushBack(1)
	var e *list.Element
	l.MoveAfter(l.Front(), e)
}
