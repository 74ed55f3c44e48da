package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store("first")
	fmt.Println(v.Load())
	v.Store(42)
	fmt.Println("unreachable")
}
