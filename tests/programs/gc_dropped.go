// A slice and a list dropped by the function that made them are freed by the next
// collection: stale copies of their pointers in the frame are not roots.
package main

import (
	"fmt"
	"runtime"
)

func fill(b []byte) int {
	for i := range b {
		b[i] = byte(i)
	}
	return int(b[len(b)-1])
}

func main() {
	var ms runtime.MemStats
	defer fmt.Println("deferred")
	big := make([]byte, 64<<20)
	n := fill(big)
	list := []*[1 << 16]byte{}
	for i := 0; i < 100; i++ {
		list = append(list, new([1 << 16]byte))
	}
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println(n, len(list), ms.HeapAlloc > 64<<20)
	big, list = nil, nil
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.HeapAlloc < 1<<20, ms.NumGC >= 2, ms.NumForcedGC >= 2)
}
