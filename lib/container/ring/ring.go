// Package ring is deferjit's implementation of Go's package container/ring: circular
// lists. A zero Ring is a ring of one element; a nil *Ring is an empty ring.
package ring

// A Ring is an element of a circular list; every element is the ring seen from it.
type Ring struct {
	next, prev *Ring
	Value      any // for use by client; untouched by this library
}

// self makes a zero Ring a ring of one element and returns it.
func (r *Ring) self() *Ring {
	r.next, r.prev = r, r
	return r
}

// Next returns the element after r.
func (r *Ring) Next() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.next
}

// Prev returns the element before r.
func (r *Ring) Prev() *Ring {
	if r.next == nil {
		return r.self()
	}
	return r.prev
}

// Move returns the element n steps away from r: forwards for n > 0, backwards for n < 0
// (n modulo the length is not taken: it walks |n| steps).
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.self()
	}
	for ; n > 0; n-- {
		r = r.next
	}
	for ; n < 0; n++ {
		r = r.prev
	}
	return r
}

// New returns a ring of n elements (nil for n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := new(Ring)
	last := first
	for k := 1; k < n; k++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next, first.prev = first, last
	return first
}

// Link connects ring r with ring s so that r.Next() becomes s, and returns what was
// r.Next() before. When r and s are the same ring, the elements strictly between r and
// s are cut out and returned as a ring; when they are different rings, s is spliced in
// after r.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s != nil {
		sLast := s.Prev()
		r.next, s.prev = s, r
		after.prev, sLast.next = sLast, after
	}
	return after
}

// Unlink removes n % r.Len() elements from the ring, starting with r.Next(), and
// returns them as a ring (nil for n <= 0).
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// Len returns the number of elements of r; O(n).
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	n := 1
	for p := r.Next(); p != r; p = p.next {
		n++
	}
	return n
}

// Do calls f with the value of each element of the ring, forwards from r. f must not
// change the ring.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for p := r.Next(); p != r; p = p.next {
		f(p.Value)
	}
}
