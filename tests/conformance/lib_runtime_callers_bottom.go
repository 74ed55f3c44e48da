package main

import (
	"fmt"
	"runtime"
)

func show() {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Println(f.Function)
		if !more {
			break
		}
	}
	_, _, _, ok := runtime.Caller(2)
	_, _, _, ok2 := runtime.Caller(3)
	_, _, _, ok3 := runtime.Caller(4)
	fmt.Println(n, ok, ok2, ok3)
}

func main() {
	show()
	defer func() {
		recover()
		show()
	}()
	panic("x")
}
