// Package debug is deferjit's implementation of Go's runtime/debug: the goroutine's trace
// (Stack, PrintStack), its stack limit (SetMaxStack), and the collector's settings:
// SetGCPercent sets GOGC, FreeOSMemory collects; SetMemoryLimit is only remembered (the
// run's limit is deferjit's --max-memory).
package debug

import (
	"os"
	"runtime"
)

// setMaxStack sets the goroutine's stack limit and returns the previous one.
func setMaxStack(n int) int

// Stack returns the calling goroutine's trace, as runtime.Stack writes it.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// PrintStack writes the calling goroutine's trace to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// SetMaxStack sets the most stack a goroutine may use, in bytes (Go's default is
// 1,000,000,000; deferjit's is --stack-limit), and returns the previous setting. A
// goroutine past it ends the program with "fatal error: stack overflow".
func SetMaxStack(bytes int) int {
	return setMaxStack(bytes)
}

var (
	memoryLimit    = int64(1<<63 - 1)
	panicOnFault   bool
	maxThreads     = 10000
	traceback      = "single"
	tracebackValid = true
)

// setGCPercent sets the collector's GOGC and returns the previous one.
func setGCPercent(percent int) int

// SetGCPercent sets the collection target percentage (a negative one turns collection
// off) and returns the previous one.
func SetGCPercent(percent int) int {
	if percent < 0 {
		percent = -1
	}
	return setGCPercent(percent)
}

// SetMemoryLimit sets the soft memory limit (negative: only reads it) and returns the
// previous one. There is no collector yet: the setting is only remembered.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory forces a collection; the heap gives long runs of free pages back to the
// system as it frees them.
func FreeOSMemory() {
	runtime.GC()
}

// SetPanicOnFault sets whether an unexpected fault at a non-nil address panics instead of
// crashing, and returns the previous setting (deferjit only remembers it).
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

// SetMaxThreads sets the most operating-system threads the program may use and returns
// the previous setting (deferjit runs a program on one thread; it only remembers it).
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetTraceback sets how much a fatal report shows (deferjit only remembers it).
func SetTraceback(level string) {
	traceback = level
}
