// The collector scans heap objects through their types' pointer maps: a number that
// happens to hold an object's address keeps nothing alive; a pointer does.
package main

import (
	"fmt"
	"runtime"
	"time"
	"unsafe"
)

type record struct {
	id   int64
	addr uint64
	name string
	next *record
}

type payload struct {
	data [32]int
	tag  string
}

var (
	numbers *record
	kept    *record
	table   map[int64]int64
	ints    []int64
)

var finalized = make(chan string, 16)

func watched(tag string) *payload {
	p := &payload{tag: tag}
	runtime.SetFinalizer(p, func(p *payload) { finalized <- p.tag })
	return p
}

func fill() {
	a := watched("in an integer field")
	numbers = &record{id: 1, addr: uint64(uintptr(unsafe.Pointer(a))), name: "numbers"}
	b := watched("in a reached integer")
	kept = &record{id: 2, name: "kept", next: &record{id: 3, addr: uint64(uintptr(unsafe.Pointer(b)))}}
	c := watched("in a map of integers")
	table = map[int64]int64{int64(uintptr(unsafe.Pointer(c))): int64(uintptr(unsafe.Pointer(c)))}
	d := watched("in a slice of integers")
	ints = append(ints, 7, int64(uintptr(unsafe.Pointer(d))), 9)
	e := watched("kept by a pointer field")
	keepPayload = e
}

var keepPayload *payload

func main() {
	fill()
	var got []string
	for round := 0; round < 5 && len(got) < 4; round++ {
		runtime.GC()
		deadline := time.After(200 * time.Millisecond)
	wait:
		for {
			select {
			case tag := <-finalized:
				got = append(got, tag)
			case <-deadline:
				break wait
			}
		}
	}
	seen := map[string]bool{}
	for _, t := range got {
		seen[t] = true
	}
	for _, t := range []string{"in an integer field", "in a reached integer", "in a map of integers", "in a slice of integers", "kept by a pointer field"} {
		fmt.Printf("%-24s finalized: %v\n", t, seen[t])
	}
	fmt.Println(numbers.name, kept.name, len(table), len(ints), keepPayload.tag)
}
