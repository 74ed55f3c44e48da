package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

//go:noinline
func inner() string {
	buf := make([]byte, 8192)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

//go:noinline
func middle() string { return inner() }

func frames(s string) []string {
	var names []string
	for _, line := range strings.Split(s, "\n") {
		if line == "" || strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "goroutine ") {
			continue
		}
		if i := strings.Index(line, "("); i >= 0 {
			line = line[:i]
		}
		names = append(names, line)
	}
	return names
}

func main() {
	s := middle()
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"))
	fmt.Println(frames(s))
	small := make([]byte, 10)
	n := runtime.Stack(small, true)
	fmt.Println(n, string(small[:n]))
	d := string(debug.Stack())
	fmt.Println(frames(d))
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			fmt.Println(frames(string(debug.Stack()))[:2])
		}()
		panic("boom")
	}()
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-5), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxStack(1<<24), debug.SetMaxStack(1000000000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	debug.FreeOSMemory()
	fmt.Fprintln(os.Stderr, "done")
}
