package main

import "fmt"

// Item is a pointer-heavy list element.
type Item struct {
	id    int
	name  string
	next  *Item
	prev  *Item
	data  [4]int
	extra *int
	words []string
}

// Big holds an inner struct whose fields are pointed into.
type Big struct {
	pad   [6]int
	inner struct {
		a, b int
		s    string
	}
	tail [5]int
}

// Pair is an element of slices whose elements are pointed at.
type Pair struct {
	k, v int
	s    string
}

var head *Item
var tail *Item
var fieldPtrs []*int
var strPtrs []*string
var elemPtrs []*Pair
var lastElem *Pair

var seed uint32 = 12345

// sink makes the garbage escape, so that it is heap-allocated.
var sink any

func rnd() int {
	seed = seed*1664525 + 1013904223
	return int(seed >> 8)
}

func push(id int) {
	x := new(int)
	*x = id * 3
	it := &Item{id: id, name: fmt.Sprint("item-", id), extra: x}
	for j := range it.data {
		it.data[j] = id*10 + j
	}
	it.words = []string{fmt.Sprint("w", id), fmt.Sprint("v", id*2)}
	if head == nil {
		head = it
	} else {
		tail.next = it
		it.prev = tail
	}
	tail = it
}

// garbage allocates n objects of various sizes and fills them with a pattern.
func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			p := &Item{id: -1, name: "garbage"}
			p.data[0] = 0x5a5a5a5a
			s += p.data[0] & 1
			sink = p
		case 1:
			b := make([]int, 8+rnd()%64)
			for j := range b {
				b[j] = -7
			}
			s += len(b)
		case 2:
			g := &Big{}
			g.inner.a = -1
			g.inner.s = "dead"
			s += g.inner.a
			sink = g
		default:
			ps := make([]Pair, 16)
			ps[3].s = "junk"
			s += len(ps)
			sink = ps
		}
	}
	return s
}

func checkList() (int, int) {
	n, sum := 0, 0
	var prev *Item
	for it := head; it != nil; it = it.next {
		if it.prev != prev {
			panic("prev link broken")
		}
		if it.name != fmt.Sprint("item-", it.id) || *it.extra != it.id*3 {
			panic("item corrupted")
		}
		if it.words[0] != fmt.Sprint("w", it.id) || it.words[1] != fmt.Sprint("v", it.id*2) {
			panic("words corrupted")
		}
		for j, d := range it.data {
			if d != it.id*10+j {
				panic("data corrupted")
			}
		}
		sum += it.id + *it.extra + it.data[3]
		n++
		prev = it
	}
	return n, sum
}

func main() {
	for i := 0; i < 2000; i++ {
		push(i)
		if i%100 == 0 {
			garbage(500)
		}
	}
	n, s := checkList()
	fmt.Println("list built:", n, s)

	// Interior pointers: the only reference to each Big is a pointer to one of its fields.
	for i := 0; i < 3000; i++ {
		b := &Big{}
		b.inner.a = i
		b.inner.b = i * 7
		b.inner.s = fmt.Sprint("inner", i)
		b.tail[4] = i + 1
		switch i % 3 {
		case 0:
			fieldPtrs = append(fieldPtrs, &b.inner.b)
		case 1:
			fieldPtrs = append(fieldPtrs, &b.tail[4])
		default:
			strPtrs = append(strPtrs, &b.inner.s)
		}
	}
	// Pointers to elements of slices: the only reference to each backing array.
	for i := 0; i < 2000; i++ {
		ps := make([]Pair, 10+i%7)
		for j := range ps {
			ps[j] = Pair{k: i, v: j, s: fmt.Sprint(i, ":", j)}
		}
		elemPtrs = append(elemPtrs, &ps[5])
		if i == 1999 {
			lastElem = &ps[len(ps)-1]
		}
	}
	for round := 0; round < 20; round++ {
		g := garbage(50000)
		n, s := checkList()
		fs := 0
		for i, p := range fieldPtrs {
			fs += *p * (i%5 + 1)
		}
		ss := 0
		for _, p := range strPtrs {
			ss += len(*p)
		}
		es := 0
		for i, p := range elemPtrs {
			if p.k != i || p.v != 5 || p.s != fmt.Sprint(i, ":", 5) {
				panic("element corrupted")
			}
			es += p.k + p.v
		}
		fmt.Println("round", round, "garbage", g != 0, "list", n, s, "fields", fs, "strs", ss, "elems", es, "last", *lastElem)
		// Drop the front half of the list and grow it again at the end.
		if round%5 == 4 {
			for k := 0; k < 500; k++ {
				head = head.next
			}
			head.prev = nil
			for k := 0; k < 500; k++ {
				push(10000 + round*1000 + k)
			}
		}
	}
	for i, p := range strPtrs {
		if i%250 == 0 {
			fmt.Println(i, *p)
		}
	}
}
