package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

// Rec is a record in a live list that is checked after each phase.
type Rec struct {
	id   int
	s    string
	next *Rec
}

var head *Rec
var sink []byte

func add(n int) {
	for i := 0; i < n; i++ {
		id := 0
		if head != nil {
			id = head.id + 1
		}
		head = &Rec{id: id, s: "r" + strconv.Itoa(id), next: head}
	}
}

func check() (int, bool) {
	n := 0
	good := true
	for r := head; r != nil; r = r.next {
		if r.s != "r"+strconv.Itoa(r.id) {
			good = false
		}
		if r.next != nil && r.next.id != r.id-1 {
			good = false
		}
		n++
	}
	return n, good
}

func churn(mb int) int {
	s := 0
	for i := 0; i < mb*16; i++ {
		sink = make([]byte, 64<<10)
		sink[i%len(sink)] = byte(i)
		s += int(sink[i%len(sink)])
	}
	return s
}

func main() {
	// The default is 100 (GOGC unset); each call returns the previous setting.
	fmt.Println("initial", debug.SetGCPercent(50))
	add(10000)
	fmt.Println("churn 50", churn(40))
	fmt.Println(check())

	fmt.Println("prev", debug.SetGCPercent(10))
	add(10000)
	fmt.Println("churn 10", churn(40))
	fmt.Println(check())

	// Off: nothing is collected until it is turned back on.
	fmt.Println("prev", debug.SetGCPercent(-1))
	add(10000)
	fmt.Println("churn off", churn(30))
	fmt.Println(check())
	fmt.Println("prev", debug.SetGCPercent(-5)) // any negative value means off
	fmt.Println("prev", debug.SetGCPercent(1000))
	add(10000)
	fmt.Println("churn 1000", churn(100))
	fmt.Println(check())

	fmt.Println("prev", debug.SetGCPercent(1))
	for i := 0; i < 10; i++ {
		add(1000)
		churn(5)
		runtime.GC()
	}
	fmt.Println(check())
	fmt.Println("prev", debug.SetGCPercent(0))
	fmt.Println("churn 0", churn(10))
	fmt.Println(check())
	fmt.Println("prev", debug.SetGCPercent(100))
	fmt.Println("prev", debug.SetGCPercent(100))

	// The memory limit is reported unchanged by a negative argument.
	fmt.Println("limit", debug.SetMemoryLimit(-1))
	fmt.Println("limit", debug.SetMemoryLimit(1<<40))
	fmt.Println("limit", debug.SetMemoryLimit(-1))
	fmt.Println("limit", debug.SetMemoryLimit(1<<62))

	// Drop the list, collect, return memory, build a new one.
	head = nil
	runtime.GC()
	debug.FreeOSMemory()
	add(50000)
	fmt.Println("churn after free", churn(50))
	n, ok := check()
	fmt.Println("rebuilt", n, ok, head.s, head.next.s)
	for r := head; r != nil; r = r.next {
		if r.id == 12345 {
			fmt.Println("found", r.s)
		}
	}
}
