package main

import (
	"container/list"
	"fmt"
	"hash/fnv"
	"strings"
)

type entry struct {
	key   string
	value []byte
}

type Stats struct {
	Hits, Misses, Evictions int
}

func (s Stats) HitRate() float64 {
	total := s.Hits + s.Misses
	if total == 0 {
		return 0
	}
	return float64(s.Hits) / float64(total)
}

type LRU struct {
	Stats
	cap     int
	size    int
	ll      *list.List
	items   map[string]*list.Element
	OnEvict func(key string, val []byte)
}

func NewLRU(capBytes int) *LRU {
	return &LRU{cap: capBytes, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) ([]byte, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.Hits++
		return el.Value.(*entry).value, true
	}
	c.Misses++
	return nil, false
}

func (c *LRU) Put(key string, val []byte) {
	if el, ok := c.items[key]; ok {
		e := el.Value.(*entry)
		c.size += len(val) - len(e.value)
		e.value = val
		c.ll.MoveToFront(el)
	} else {
		el := c.ll.PushFront(&entry{key, val})
		c.items[key] = el
		c.size += len(val)
	}
	for c.size > c.cap && c.ll.Len() > 0 {
		back := c.ll.Back()
		e := c.ll.Remove(back).(*entry)
		delete(c.items, e.key)
		c.size -= len(e.value)
		c.Evictions++
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return ks
}

func (c *LRU) String() string {
	var b strings.Builder
	b.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s:%d", e.key, len(e.value))
	}
	fmt.Fprintf(&b, "] %d/%d", c.size, c.cap)
	return b.String()
}

func shard(key string, n uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % n
}

func main() {
	evicted := []string{}
	c := NewLRU(20)
	c.OnEvict = func(k string, v []byte) {
		evicted = append(evicted, fmt.Sprintf("%s=%q", k, v))
	}
	ops := []string{
		"put a hello", "put b world", "get a", "put c 0123456789", "get b",
		"put d xy", "get c", "put a HELLO!", "get z", "put e abcdefghijklmnop",
		"get d", "get e", "put f 1", "put g 2",
	}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			c.Put(f[1], []byte(f[2]))
			fmt.Printf("%-28s %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-28s -> %q %v %s\n", op, v, ok, c)
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Printf("stats: %+v rate=%.3f\n", c.Stats, c.HitRate())
	fmt.Println(c.Keys(), len(c.Keys()))
	get := c.Get
	_, ok := get("g")
	fmt.Println("method value get g:", ok, c.Hits)

	counts := make([]int, 4)
	for i := 0; i < 50; i++ {
		counts[shard(fmt.Sprintf("key-%03d", i), 4)]++
	}
	fmt.Println("shards:", counts)
	h64 := fnv.New64()
	h64.Write([]byte("deferjit"))
	fmt.Printf("%x %d %v\n", h64.Sum64(), h64.Size(), h64.Sum(nil))

	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	l.InsertBefore(0, l.Front())
	l.MoveToBack(l.Front().Next())
	var parts []string
	for e := l.Back(); e != nil; e = e.Prev() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	fmt.Println(strings.Join(parts, ","), l.Len())
}
