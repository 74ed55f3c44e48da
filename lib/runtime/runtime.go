// Package runtime holds the part of Go's package runtime that deferjit writes in Go: the
// stack and symbol queries (Caller, Callers, FuncForPC, CallersFrames), built on the
// runtime's frame walker; Goexit; Version, and the thread calls that mean nothing with
// one thread; the collector's statistics (ReadMemStats) and finalizers (SetFinalizer,
// run by a finalizer goroutine written here). GC, Gosched, KeepAlive, NumCPU, GOMAXPROCS,
// NumGoroutine, GOOS, GOARCH, Compiler and the Error interface are built into the checker. The error
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

// MemStats holds the collector's statistics, with Go's fields. deferjit fills those its
// collector keeps (the heap's sizes and counts, the collections, the stacks); the others
// stay zero: it keeps no per-class counts, no pause history, and no span or cache
// structures to account for.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// readMemStats writes the collector's counters: HeapAlloc, TotalAlloc, Sys, Mallocs,
// Frees, HeapSys, HeapInuse, HeapObjects, NextGC, PauseTotalNs, NumGC, NumForcedGC,
// LastGC, HeapIdle, StackInuse.
func readMemStats(out *[16]uint64)

// memStatsWords receives readMemStats's counters: a package variable, so that reading
// the statistics allocates nothing (goroutines take turns on one thread, and the copy
// below has no loop where one could be preempted).
var memStatsWords [16]uint64

// ReadMemStats fills m with the collector's statistics now.
func ReadMemStats(m *MemStats) {
	w := &memStatsWords
	readMemStats(w)
	*m = MemStats{}
	m.Alloc = w[0]
	m.HeapAlloc = w[0]
	m.TotalAlloc = w[1]
	m.Sys = w[2]
	m.Mallocs = w[3]
	m.Frees = w[4]
	m.HeapSys = w[5]
	m.HeapInuse = w[6]
	m.HeapObjects = w[7]
	m.NextGC = w[8]
	m.PauseTotalNs = w[9]
	m.NumGC = uint32(w[10])
	m.NumForcedGC = uint32(w[11])
	m.LastGC = w[12]
	m.HeapIdle = w[13]
	m.StackInuse = w[14]
	m.StackSys = w[14]
	m.EnableGC = true
}

// setFinalizer registers (or, with a nil finalizer, clears) the finalizer of the object
// obj points to; misuse is a fatal error, as in Go.
func setFinalizer(obj any, finalizer any)

// finalizerCall is a finalizer to run: direct(p) for a finalizer taking the pointer, or
// iface(x) for one taking an interface.
type finalizerCall struct {
	direct func(*byte)
	p      *byte
	iface  func(any)
	x      any
}

// nextFinalizer waits until a collection has queued a finalizer and writes it to c.
func nextFinalizer(c *finalizerCall)

// startFinalizers starts the finalizer goroutine, a goroutine of the runtime's.
func startFinalizers(f func())

var finalizersStarted bool

// runFinalizers is the finalizer goroutine: it runs the finalizers the collector queues,
// one at a time.
func runFinalizers() {
	for {
		var c finalizerCall
		nextFinalizer(&c)
		if c.iface != nil {
			c.iface(c.x)
		} else {
			c.direct(c.p)
		}
	}
}

// SetFinalizer sets the function the finalizer goroutine calls with obj once the
// collector finds the object obj points to unreachable (a nil finalizer clears it).
// The object and what it reaches live until the finalizer has run; it runs once.
func SetFinalizer(obj any, finalizer any) {
	setFinalizer(obj, finalizer)
	if finalizer != nil && !finalizersStarted {
		finalizersStarted = true
		startFinalizers(runFinalizers)
	}
}
