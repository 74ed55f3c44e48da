// Package list is deferjit's implementation of Go's package container/list: a doubly
// linked list. A List is a ring around a sentinel element that it holds itself, so the
// zero List is an empty list, ready to use.
package list

// A List is a doubly linked list. The zero value is an empty list.
//
// (List comes before Element in this file: deferjit's checker wrongly calls the types
// an invalid recursive type in the other order.)
type List struct {
	root Element // the sentinel: root.next is the front, root.prev the back
	len  int     // number of elements, the sentinel not counted
}

// An Element is one entry of a List.
type Element struct {
	// next and prev link the ring; the List's sentinel closes it.
	next, prev *Element

	// list is the List the element belongs to (nil once removed).
	list *List

	// Value is the value the element holds.
	Value any
}

// Next returns the element after e, or nil when e is the last one or in no list.
func (e *Element) Next() *Element {
	l := e.list
	if l == nil || e.next == &l.root {
		return nil
	}
	return e.next
}

// Prev returns the element before e, or nil when e is the first one or in no list.
func (e *Element) Prev() *Element {
	l := e.list
	if l == nil || e.prev == &l.root {
		return nil
	}
	return e.prev
}

// Init empties l (or makes it ready) and returns it.
func (l *List) Init() *List {
	l.root.next, l.root.prev = &l.root, &l.root
	l.len = 0
	return l
}

// New returns a new, empty list.
func New() *List {
	l := new(List)
	return l.Init()
}

// Len returns the number of elements of l.
func (l *List) Len() int { return l.len }

// Front returns the first element of l, or nil when l is empty.
func (l *List) Front() *Element {
	if l.len != 0 {
		return l.root.next
	}
	return nil
}

// Back returns the last element of l, or nil when l is empty.
func (l *List) Back() *Element {
	if l.len != 0 {
		return l.root.prev
	}
	return nil
}

// ready initialises a zero List on its first use.
func (l *List) ready() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e into l right after at and returns it.
func (l *List) link(e, at *Element) *Element {
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of l.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next, e.prev, e.list = nil, nil, nil
	l.len--
}

// relink moves e, already in l, to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	after := at.next
	e.prev, e.next = at, after
	at.next = e
	after.prev = e
}

// Remove takes e out of l if e is an element of l, and returns e.Value either way.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts a new element holding v at the front of l and returns it.
func (l *List) PushFront(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack inserts a new element holding v at the back of l and returns it.
func (l *List) PushBack(v any) *Element {
	l.ready()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts a new element holding v just before mark and returns it; when
// mark is not an element of l, l is left alone and the result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list == l {
		return l.link(&Element{Value: v}, mark.prev)
	}
	return nil
}

// InsertAfter inserts a new element holding v just after mark and returns it; when mark
// is not an element of l, l is left alone and the result is nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list == l {
		return l.link(&Element{Value: v}, mark)
	}
	return nil
}

// MoveToFront moves e to the front of l (nothing happens if e is not in l).
func (l *List) MoveToFront(e *Element) {
	if e.list == l && l.root.next != e {
		l.relink(e, &l.root)
	}
}

// MoveToBack moves e to the back of l (nothing happens if e is not in l).
func (l *List) MoveToBack(e *Element) {
	if e.list == l && l.root.prev != e {
		l.relink(e, l.root.prev)
	}
}

// MoveBefore moves e to just before mark (nothing happens if either is not in l or they
// are the same element).
func (l *List) MoveBefore(e, mark *Element) {
	if e.list == l && e != mark && mark.list == l {
		l.relink(e, mark.prev)
	}
}

// MoveAfter moves e to just after mark (nothing happens if either is not in l or they
// are the same element).
func (l *List) MoveAfter(e, mark *Element) {
	if e.list == l && e != mark && mark.list == l {
		l.relink(e, mark)
	}
}

// PushBackList appends copies of the values of other to l; l and other may be the same
// list.
func (l *List) PushBackList(other *List) {
	l.ready()
	e := other.Front()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, l.root.prev)
		e = e.Next()
	}
}

// PushFrontList prepends copies of the values of other to l, keeping their order; l and
// other may be the same list.
func (l *List) PushFrontList(other *List) {
	l.ready()
	e := other.Back()
	for n := other.Len(); n > 0; n-- {
		l.link(&Element{Value: e.Value}, &l.root)
		e = e.Prev()
	}
}
