package main

import (
	"fmt"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next *entry
}

// LRU is a fixed-capacity cache: a map for lookup and a doubly linked list with a
// sentinel for recency (front = most recent).
type LRU struct {
	cap     int
	items   map[string]*entry
	root    entry
	evicted []string
	onEvict func(key string, value int)
	trace   []string
}

func NewLRU(capacity int) *LRU {
	if capacity <= 0 {
		panic(fmt.Sprintf("NewLRU: capacity %d", capacity))
	}
	c := &LRU{cap: capacity, items: make(map[string]*entry)}
	c.root.next = &c.root
	c.root.prev = &c.root
	return c
}

func (c *LRU) unlink(e *entry) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev, e.next = nil, nil
}

func (c *LRU) pushFront(e *entry) {
	e.prev = &c.root
	e.next = c.root.next
	c.root.next.prev = e
	c.root.next = e
}

// op records an operation; used as `defer c.op("get", key)()`: the call to op happens at
// the defer statement, the returned func runs at return.
func (c *LRU) op(name, key string) func() {
	before := len(c.items)
	return func() {
		c.trace = append(c.trace, fmt.Sprintf("%s(%s):%d->%d", name, key, before, len(c.items)))
	}
}

func (c *LRU) Get(key string) (int, bool) {
	defer c.op("get", key)()
	e, ok := c.items[key]
	if !ok {
		return 0, false
	}
	c.unlink(e)
	c.pushFront(e)
	return e.value, true
}

func (c *LRU) Put(key string, value int) {
	defer c.op("put", key)()
	if e, ok := c.items[key]; ok {
		e.value = value
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry{key: key, value: value}
	c.items[key] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.root.prev
		c.unlink(old)
		delete(c.items, old.key)
		c.evicted = append(c.evicted, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
}

func (c *LRU) Keys() string {
	var b strings.Builder
	b.WriteByte('[')
	for e := c.root.next; e != &c.root; e = e.next {
		if e != c.root.next {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s:%d", e.key, e.value)
	}
	b.WriteByte(']')
	return b.String()
}

func fib(c *LRU, n int) int {
	if n < 2 {
		return n
	}
	key := fmt.Sprint(n)
	if v, ok := c.Get(key); ok {
		return v
	}
	v := fib(c, n-1) + fib(c, n-2)
	c.Put(key, v)
	return v
}

func main() {
	c := NewLRU(3)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok, c.Keys())
	c.Put("d", 4)
	fmt.Println("after d:", c.Keys(), "evicted", c.evicted)
	_, ok = c.Get("b")
	fmt.Println("get b:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c.Keys(), "evicted", c.evicted)
	fmt.Println(strings.Join(c.trace, " "))

	memo := NewLRU(4)
	evictions := 0
	memo.onEvict = func(key string, value int) {
		evictions++
		if key == "" {
			panic("empty key evicted")
		}
	}
	f40 := fib(memo, 40)
	fmt.Println("fib(40) =", f40, "evictions", evictions, memo.Keys())
	println("memo gets/puts:", len(memo.trace))

	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		NewLRU(0)
	}()

	memo.onEvict = func(key string, value int) {
		panic(fmt.Sprintf("evict callback refused %s=%d", key, value))
	}
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		fmt.Println("state after failed put:", memo.Keys(), len(memo.items), "last trace:", memo.trace[len(memo.trace)-1])
	}()
	memo.Put("x", 99)
}
