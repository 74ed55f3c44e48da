package main

import (
	"fmt"
	"runtime"
)

var sink []byte

func add(a, b int) int { return a + b }

func main() {
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	sink = make([]byte, 1<<20)
	runtime.ReadMemStats(&m2)
	fmt.Println("mallocs grew:", m2.Mallocs > m1.Mallocs)
	fmt.Println("total grew by 1 MiB:", m2.TotalAlloc-m1.TotalAlloc >= 1<<20)
	fmt.Println("heap holds it:", m2.HeapAlloc >= 1<<20, m2.Alloc == m2.HeapAlloc)
	fmt.Println("sys covers it:", m2.Sys >= m2.HeapAlloc, m2.HeapSys <= m2.Sys)
	fmt.Println("objects:", m2.HeapObjects > 0, m2.HeapObjects <= m2.Mallocs)

	runtime.ReadMemStats(&m1)
	x := 0
	for i := 0; i < 1000; i++ {
		x = add(x, i)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("no allocation:", m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc, x)

	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = make([]byte, 4096)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println("100 allocations of 4096:", m2.Mallocs-m1.Mallocs, m2.TotalAlloc-m1.TotalAlloc)
	fmt.Println("lookups, pause:", m2.Lookups, m2.PauseNs[0], len(m2.BySize))
}
