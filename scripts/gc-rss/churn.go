// Allocates 10 GB in pieces of 1 KB to 512 KB (byte slices, and now and then a slice of
// pointers) while keeping under 1 MB live: a ring of 16 nodes, each holding its latest
// piece; prints a checksum of the ring every GB.
package main

import "fmt"

type node struct {
	id   int
	data []byte
	ptrs []*node
}

var seed uint64 = 88172645463325252

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	var ring [16]*node
	total, mark := 0, 1<<30
	for i := 0; total < 10<<30; i++ {
		r := next()
		size := 1024 << (r % 10)
		if size > 48<<10 {
			size = 1024 + int(r>>16)%(48<<10)
		}
		n := &node{id: i, data: make([]byte, size)}
		n.data[0], n.data[size-1] = byte(i), byte(r)
		if r%7 == 0 {
			n.ptrs = make([]*node, 64)
			for k := range n.ptrs {
				n.ptrs[k] = ring[k%16]
			}
		}
		old := ring[i%16]
		if old != nil {
			old.ptrs = nil
		}
		ring[i%16] = n
		total += size
		if total >= mark {
			mark += 1 << 30
			sum := 0
			for _, nd := range ring {
				sum += nd.id + int(nd.data[0]) + int(nd.data[len(nd.data)-1]) + len(nd.ptrs)
			}
			fmt.Println(total>>30, sum)
		}
	}
}
