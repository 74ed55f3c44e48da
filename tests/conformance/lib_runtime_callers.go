package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	i := strings.LastIndex(file, "/")
	return fmt.Sprintf("%s:%d %v", file[i+1:], line, ok)
}

func name(skip int) string {
	pc, _, _, _ := runtime.Caller(skip)
	return runtime.FuncForPC(pc).Name()
}

type T struct{}

func (T) M() string { return name(1) }

func deep(n int) []string {
	if n > 0 {
		return deep(n - 1)
	}
	pcs := make([]uintptr, 10)
	k := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:k])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s:%d", f.Function, f.Line))
		if !more {
			break
		}
	}
	return out
}

func main() {
	fmt.Println(where())
	fmt.Println(name(0), name(1))
	fmt.Println(T{}.M())
	func() {
		fmt.Println(name(1), where())
	}()
	defer func() {
		fmt.Println("deferred:", name(1))
	}()
	// Go also lists runtime.main and runtime.goexit, which deferjit has no frames for.
	fmt.Println(deep(2)[:4])
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok, runtime.FuncForPC(0) == nil)
}
