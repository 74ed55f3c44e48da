package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var p *int64
	fmt.Println(atomic.AddInt64(new(int64), 3))
	atomic.AddInt64(p, 1)
	fmt.Println("unreachable")
}
