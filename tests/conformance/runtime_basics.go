package main

import (
	"fmt"
	"runtime"
)

type Res struct {
	name string
	data []int
}

func work(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	total := 0
	for _, v := range s {
		total += v
	}
	runtime.Gosched()
	return total
}

func main() {
	runtime.GC()
	fmt.Println("after GC")
	runtime.Gosched()
	fmt.Println("after Gosched")
	r := &Res{"r", []int{1, 2, 3}}
	for i := 0; i < 3; i++ {
		_ = make([]byte, 1<<16)
		runtime.GC()
	}
	fmt.Println(r.name, r.data)
	runtime.KeepAlive(r)
	runtime.KeepAlive(42)
	runtime.KeepAlive("str")
	fmt.Println(work(100))
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.Compiler, runtime.GOOS, runtime.GOARCH)
	const c = runtime.Compiler
	var plat string = runtime.GOOS + "/" + runtime.GOARCH
	fmt.Println(c == "gc", plat, len(runtime.GOARCH))
	ncpu := runtime.NumCPU()
	fmt.Println(ncpu >= 1)
	cur := runtime.GOMAXPROCS(0)
	fmt.Println(cur == ncpu, cur >= 1)
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev == cur)
	fmt.Println(runtime.GOMAXPROCS(0))
	prev = runtime.GOMAXPROCS(3)
	fmt.Println(prev, runtime.GOMAXPROCS(-5), runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(cur)
	fmt.Println(runtime.GOMAXPROCS(0) == ncpu)
	defer func() {
		fmt.Println("deferred", runtime.NumGoroutine())
		runtime.GC()
	}()
	var x any = runtime.GOOS
	fmt.Println(x)
}
