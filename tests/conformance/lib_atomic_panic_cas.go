package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store([]byte("ab"))
	fmt.Println(v.CompareAndSwap(nil, []byte("c")))
	v.CompareAndSwap([]byte("c"), []byte("d"))
}
