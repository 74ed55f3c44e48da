// Package runtime holds the part of Go's package runtime that deferjit writes in Go: the
// stack and symbol queries (Caller, Callers, FuncForPC, CallersFrames), built on the
// runtime's frame walker; Goexit; Version, and the thread calls that mean nothing with
// one thread. Finalizers and memory statistics wait for a collector. GC, Gosched, KeepAlive, NumCPU, GOMAXPROCS, NumGoroutine,
// GOOS, GOARCH, Compiler and the Error interface are built into the checker. The error
// types below are those of values the runtime itself makes (a failed type assertion,
// panic(nil)); the compiled code gives them the runtime's own type descriptors.
package runtime

// callerPC returns the return address in the Go function k frames above the function
// that calls callerPC (0: in that function's caller; -1: in that function), or 0.
func callerPC(k int) uintptr

// stackText returns the goroutine's trace from the caller of the function calling it.
func stackText() string

// Stack writes the calling goroutine's trace into buf ("goroutine 1 [running]:" and its
// frames, as a fatal panic prints them) and returns how many bytes it wrote (at most
// len(buf)). A run has one goroutine, so all makes no difference.
func Stack(buf []byte, all bool) int {
	return copy(buf, stackText())
}

// pcFuncName, pcFile, pcLine and pcEntry describe the code at pc ("", 0 when unknown).
func pcFuncName(pc uintptr) string
func pcFile(pc uintptr) string
func pcLine(pc uintptr) int
func pcEntry(pc uintptr) uintptr

// Caller reports the program counter, file and line of the call skip frames above the
// call of Caller (0: the call of Caller itself), and whether they are known.
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	rpc := callerPC(skip)
	if rpc == 0 {
		return
	}
	return rpc, pcFile(rpc - 1), pcLine(rpc - 1), true
}

// Callers fills pc with the return program counters of the calls on the stack, skipping
// skip of them (0: Callers itself, 1: its caller), and returns how many it wrote.
func Callers(skip int, pc []uintptr) int {
	n := 0
	for n < len(pc) {
		p := callerPC(skip - 1 + n)
		if p == 0 {
			break
		}
		pc[n] = p
		n++
	}
	return n
}

// A Func describes a function of the program.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns the function whose code holds pc, or nil.
func FuncForPC(pc uintptr) *Func {
	name := pcFuncName(pc)
	if name == "" {
		return nil
	}
	return &Func{name: name, entry: pcEntry(pc)}
}

// Name returns the function's name ("main.main"); "" for a nil *Func.
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the address of the function's first instruction.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file name and line of the code at pc in the function.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFile(pc), pcLine(pc)
}

// A Frame is what Frames.Next reports of one call.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the calls of a slice of return program counters (from Callers).
type Frames struct {
	pcs []uintptr
}

// CallersFrames returns the calls of the return program counters in callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{pcs: callers}
}

// Next returns the next call and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		f := FuncForPC(pc - 1)
		if f == nil {
			continue
		}
		frame = Frame{PC: pc - 1, Func: f, Function: f.name, File: pcFile(pc - 1), Line: pcLine(pc - 1), Entry: f.entry}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}

// A TypeAssertionError explains a failed type assertion (the runtime makes them).
type TypeAssertionError struct {
	// The runtime's values hold only their text, the layout it gives them.
	text string
}

// RuntimeError marks the error as a run-time error.
func (*TypeAssertionError) RuntimeError() {}

// Error returns the explanation: "interface conversion: ...".
func (e *TypeAssertionError) Error() string { return e.text }

// A PanicNilError is the value that panic(nil) panics with.
type PanicNilError struct {
	text string
}

// Error returns Go's text for it.
func (*PanicNilError) Error() string {
	return "panic called with nil argument"
}

// RuntimeError marks the error as a run-time error.
func (*PanicNilError) RuntimeError() {}

// Goexit runs all deferred calls of the goroutine that calls it, then ends that
// goroutine; recover returns nil in them. Goexit in main lets the other goroutines run
// on, and when none is left the run ends with a fatal error.
func Goexit()

// Version returns the Go release whose behaviour deferjit reproduces (and against whose
// toolchain its conformance programs are recorded).
func Version() string { return "go1.23.5" }

// LockOSThread does nothing: a run has one thread.
func LockOSThread() {}

// UnlockOSThread does nothing: a run has one thread.
func UnlockOSThread() {}

// NumCgoCall returns 0: deferjit makes no cgo calls.
func NumCgoCall() int64 { return 0 }
