// Package testing is deferjit's implementation of Go's package testing: what a test
// binary does with the TestXxx functions of a _test.go file. `deferjit test` synthesizes a
// call of RunMain with the file's tests (and its TestMain); RunMain parses the test
// binary's flags, runs the tests as Go 1.23's test binary runs them (each test and subtest
// in a goroutine of its own, parallel tests paused until their parent's function
// returns), prints what that binary prints (-v's `=== RUN` lines, `--- FAIL:` reports
// with the buffered log indented below them, the final PASS or FAIL) and ends the run
// with its exit status.
//
// Goroutines are scheduled on one thread, so the package needs no locks: no goroutine
// runs between two statements of another unless the first one blocks. Benchmarks
// (*testing.B) are run by deferjit itself, after RunMain's tests; examples run after the
// tests, their stdout diverted by the runtime (testing.divertStdout), as Go's runs them
// with os.Stdout swapped for a pipe. Fuzzing, profiles, coverage and -test.v=test2json
// are not supported.
package testing

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The test binary's flags (os.Args after the program name, parsed by M.Run).
var (
	initRan      bool // RunMain was called (Go's testing.Init, in MainStart)
	flagsParsed  bool
	flagVerbose  bool
	flagRun      string
	flagSkip     string
	flagCount    uint = 1
	flagShort    bool
	flagFailFast bool
	flagBenchSet bool // -test.bench with a pattern: the benchmarks run after the tests
	flagParallel int
	flagTimeout  time.Duration // -test.timeout: what T.Deadline reports (the run itself is ended by deferjit)
	numFailed    int // tests (and subtests) that failed so far, for -failfast
)

// depthLimit bounds the stacks that the log decoration walks.
const depthLimit = 50

// Short reports whether -test.short was given. Like Go's, it panics before the tests
// start (in an init function) and before M.Run has parsed the flags (in a TestMain
// before it calls m.Run).
func Short() bool {
	if !initRan {
		panic("testing: Short called before Init")
	}
	if !flagsParsed {
		panic("testing: Short called before Parse")
	}
	return flagShort
}

// Verbose reports whether -test.v was given. It panics before the flags are parsed.
func Verbose() bool {
	if !flagsParsed {
		panic("testing: Verbose called before Parse")
	}
	return flagVerbose
}

// Testing reports whether the program is a test: with deferjit's package testing it is
// only ever used by test files, so always true.
func Testing() bool {
	return true
}

// Init would register the test binary's flags in Go; deferjit's package parses them
// itself (in M.Run), so Init only marks the package as initialized, as RunMain does.
func Init() {
	initRan = true
}

// CoverMode returns "": deferjit does not measure coverage.
func CoverMode() string { return "" }

// TB is the interface common to T and B (deferjit's *testing.B is its own type, which
// does not implement TB yet). The unexported method keeps other packages from
// implementing it.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

var _ TB = (*T)(nil)

// An InternalTest is one TestXxx function of the file, by name.
type InternalTest struct {
	Name string
	F    func(*T)
}

// common holds what a test needs to report: its state, its buffered output and its place
// in the tree of tests.
type common struct {
	output      []byte    // the log of a quiet run, printed with the report
	w           io.Writer // where the report goes: stdout, or the parent's indenter
	ran         bool      // the test or one of its subtests ran
	failed      bool
	skipped     bool
	done        bool // the test and all its subtests have finished
	finished    bool // the test function returned (or FailNow/SkipNow ended it)
	helperPCs   map[uintptr]bool
	helperNames map[string]bool // helperPCs as function names, made when needed
	cleanups    []func()
	cleanupName string    // the wrapper of the cleanup running now
	cleanupPc   []uintptr // the stack where that cleanup was registered

	chatty         *chattyPrinter // non-nil with -test.v
	hasSub         bool           // Run was called
	cleanupStarted bool
	runner         string // the function name of tRunner
	isParallel     bool

	parent   *common
	level    int       // 0 for the root, 1 for a TestXxx, 2 for its subtests...
	creator  []uintptr // the stack of the parent's call of Run (level > 0)
	name     string
	start    time.Time
	duration time.Duration
	signal   chan bool // receives once the test is over (false: it ended its parent)
	sub      []*T      // the parallel subtests waiting for the function to return
	resume   chan bool // closed when a parallel test may go on: its parent's function returned

	tempDir    string
	tempDirErr error
	tempDirSeq int32
}

// T is the state of a test, passed to its function. The methods that end the test
// (FailNow, Fatal, SkipNow, Skip...) must be called from the test's own goroutine.
type T struct {
	common
	isEnvSet bool
	context  *testContext
}

// chattyPrinter prints the -v lines, and `=== NAME` when the test that prints changes.
type chattyPrinter struct {
	w        io.Writer
	lastName string
}

// Updatef prints a line that names its test itself (`=== RUN`, `--- PASS`).
func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Fprintf(p.w, format, args...)
}

// Printf prints a test's log line, first naming the test if another one printed last.
func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Fprintf(p.w, "=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Fprintf(p.w, format, args...)
}

func (c *common) private() {}

// Name returns the test's full name: "TestXxx/sub/subsub".
func (c *common) Name() string { return c.name }

func (c *common) setRan() {
	for p := c; p != nil; p = p.parent {
		p.ran = true
	}
}

// Fail marks the test, and its parents, as failed; the function goes on.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the test has failed.
func (c *common) Failed() bool { return c.failed }

// FailNow marks the test as failed and ends its goroutine (runtime.Goexit): the test's
// deferred calls run, then the next test starts.
func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

// Log formats its operands as fmt.Sprintln does and records them: printed at once with
// -v, else with the test's report if it fails.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats as fmt.Sprintf does and records the text (a newline is added).
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as skipped and ends its goroutine as FailNow does. A test that
// failed before stays failed.
func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// Helper marks the calling function as a helper: the file:line of a log names the first
// caller that is not one.
func (c *common) Helper() {
	var pc [1]uintptr
	if runtime.Callers(2, pc[:]) == 0 {
		panic("testing: zero callers found")
	}
	if c.helperPCs == nil {
		c.helperPCs = map[uintptr]bool{}
	}
	if !c.helperPCs[pc[0]] {
		c.helperPCs[pc[0]] = true
		c.helperNames = nil
	}
}

// Cleanup registers f to run when the test and all its subtests have finished; the last
// registered runs first.
func (c *common) Cleanup(f func()) {
	var pcs [depthLimit]uintptr
	n := runtime.Callers(2, pcs[:])
	where := pcs[:n]
	wrapped := func() {
		defer func() {
			c.cleanupName = ""
			c.cleanupPc = nil
		}()
		c.cleanupName = callerName(0)
		c.cleanupPc = where
		f()
	}
	c.cleanups = append(c.cleanups, wrapped)
}

// log records a log line of the test, decorated with the file:line of the user's call:
// three frames up (log, the exported method, its caller).
func (c *common) log(s string) {
	c.logDepth(s, 3, 0)
}

// logDepth records s, decorated with the file:line depth frames up, or, when goLine is
// not 0, with testing.go:goLine: the place in Go's testing.go of a log that Go's package
// makes itself, which Go's test binary reports.
func (c *common) logDepth(s string, depth int, goLine int) {
	if c.done {
		// A log after the test finished goes to the first parent still running.
		for p := c.parent; p != nil; p = p.parent {
			if !p.done {
				p.output = append(p.output, p.decorate(s, depth+1, goLine)...)
				return
			}
		}
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if c.chatty != nil {
		c.chatty.Printf(c.name, "%s", c.decorate(s, depth+1, goLine))
		return
	}
	c.output = append(c.output, c.decorate(s, depth+1, goLine)...)
}

// logf logs as Logf does, but as Go's testing.go at line goLine.
func (c *common) logf(goLine int, format string, args ...any) {
	c.logDepth(fmt.Sprintf(format, args...), 2, goLine)
}

// Lines of Go 1.23.5's testing.go that its own logs report.
const (
	lineTempDirRemove = 1232 // TempDir's cleanup: "TempDir RemoveAll cleanup: ..."
	lineSetenv        = 1296 // "cannot set environment variable: ..."
	lineParentFailNow = 1577 // "...: subtest may have called FailNow on a parent test"
	lineCleanupPanic  = 1618 // "cleanup panicked with ..."
)

// decorate prefixes s with the file:line of the call skip frames up (past the helpers),
// indents it, and indents its further lines twice.
func (c *common) decorate(s string, skip int, goLine int) string {
	var file string
	var line int
	if goLine != 0 {
		file, line = "testing.go", goLine
	} else {
		frame := c.frameSkip(skip)
		file, line = frame.File, frame.Line
		if frame.Function == "runtime.Goexit" {
			// The deferred calls that Goexit runs are called, in gc's runtime, at this
			// line (deferjit's Goexit is the runtime's).
			file, line = "panic.go", 629
		}
	}
	if file == "" {
		file = "???"
	} else if i := strings.LastIndexAny(file, `/\`); i >= 0 {
		file = file[i+1:]
	}
	if line == 0 {
		line = 1
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(file)
	b.WriteByte(':')
	b.WriteString(strconv.Itoa(line))
	b.WriteString(": ")
	parts := strings.Split(s, "\n")
	if n := len(parts); n > 1 && parts[n-1] == "" {
		parts = parts[:n-1]
	}
	for i, p := range parts {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(p)
	}
	b.WriteByte('\n')
	return b.String()
}

// frameSkip finds the frame a log line names: skip frames up from its caller, then on
// past the helpers of the test; a cleanup's wrapper continues on the stack where the
// cleanup was registered, and the test's tRunner on the stack of the parent's Run, with
// the parent's helpers.
func (c *common) frameSkip(skip int) runtime.Frame {
	var pcs [depthLimit]uintptr
	n := runtime.Callers(skip+2, pcs[:])
	if n == 0 {
		panic("testing: zero callers found")
	}
	frames := runtime.CallersFrames(pcs[:n])
	var first, prev, frame runtime.Frame
	for more := true; more; prev = frame {
		frame, more = frames.Next()
		if frame.Function == "runtime.gopanic" {
			continue
		}
		// On a switch of stacks, more is set again: in deferjit the last frame of a
		// goroutine is its function (tRunner), where gc's stacks end in runtime.goexit.
		if frame.Function == c.cleanupName {
			frames = runtime.CallersFrames(c.cleanupPc)
			more = true
			continue
		}
		if first.PC == 0 {
			first = frame
		}
		if frame.Function == c.runner {
			if c.level > 1 {
				frames = runtime.CallersFrames(c.creator)
				more = true
				c = c.parent
				continue
			}
			return prev
		}
		if c.helperNames == nil {
			c.helperNames = map[string]bool{}
			for pc := range c.helperPCs {
				c.helperNames[pcToName(pc)] = true
			}
		}
		if !c.helperNames[frame.Function] {
			return frame
		}
	}
	return first
}

// callerName returns the function name of the caller skip frames above callerName's.
func callerName(skip int) string {
	var pc [1]uintptr
	if runtime.Callers(skip+2, pc[:]) == 0 {
		panic("testing: zero callers found")
	}
	return pcToName(pc[0])
}

func pcToName(pc uintptr) string {
	frame, _ := runtime.CallersFrames([]uintptr{pc}).Next()
	return frame.Function
}

// flushToParent prints the test's report line with its buffered output after it, into
// the parent's output (a subtest) or on stdout.
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	if len(c.output) > 0 {
		format += "%s"
		args = append(args[:len(args):len(args)], c.output)
		c.output = c.output[:0]
	}
	if c.chatty != nil && p.w == c.chatty.w {
		c.chatty.Updatef(testName, format, args...)
	} else {
		fmt.Fprintf(p.w, format, args...)
	}
}

// indenter is the writer of a subtest's reports: it appends them to the test's output,
// each line indented four spaces.
type indenter struct {
	c *common
}

func (w indenter) Write(b []byte) (n int, err error) {
	n = len(b)
	for len(b) > 0 {
		end := len(b)
		for i, ch := range b {
			if ch == '\n' {
				end = i + 1
				break
			}
		}
		w.c.output = append(w.c.output, "    "...)
		w.c.output = append(w.c.output, b[:end]...)
		b = b[end:]
	}
	return n, nil
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// TempDir returns a new directory for the test, removed when the test and its subtests
// have finished (by a Cleanup). Each call gives a new one: DIR/001, DIR/002...
func (c *common) TempDir() string {
	fresh := c.tempDir == ""
	if !fresh {
		_, err := os.Stat(c.tempDir)
		fresh = os.IsNotExist(err)
		if err != nil && !fresh {
			c.Fatalf("TempDir: %v", err)
		}
	}
	if fresh {
		c.Helper()
		keep := func(r rune) rune {
			if r < utf8.RuneSelf {
				if '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
					return r
				}
				if strings.ContainsRune("!#$%&()+,-.=@^_{}~ ", r) {
					return r
				}
				return -1
			}
			if unicode.IsLetter(r) || unicode.IsNumber(r) {
				return r
			}
			return -1
		}
		c.tempDir, c.tempDirErr = os.MkdirTemp("", strings.Map(keep, c.Name()))
		if c.tempDirErr == nil {
			c.Cleanup(func() {
				if err := os.RemoveAll(c.tempDir); err != nil {
					c.logf(lineTempDirRemove, "TempDir RemoveAll cleanup: %v", err)
					c.Fail()
				}
			})
		}
	}
	if c.tempDirErr == nil {
		c.tempDirSeq++
	}
	if c.tempDirErr != nil {
		c.Fatalf("TempDir: %v", c.tempDirErr)
	}
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempDirSeq)
	if err := os.Mkdir(dir, 0777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// Setenv sets an environment variable for the test, and registers a Cleanup that
// restores it (or unsets it).
func (c *common) Setenv(key, value string) {
	old, had := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.logf(lineSetenv, "cannot set environment variable: %v", err)
		c.FailNow()
	}
	if had {
		c.Cleanup(func() { os.Setenv(key, old) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// Setenv is common.Setenv for a test that is not parallel, nor one of its ancestors: it
// panics otherwise, and the test cannot call Parallel afterwards.
func (t *T) Setenv(key, value string) {
	for c := &t.common; c != nil; c = c.parent {
		if c.isParallel {
			panic("testing: t.Setenv called after t.Parallel; cannot set environment variables in parallel tests")
		}
	}
	t.isEnvSet = true
	t.common.Setenv(key, value)
}

// Deadline reports when the test binary times out (-test.timeout after the tests started;
// none without one).
func (t *T) Deadline() (deadline time.Time, ok bool) {
	deadline = t.context.deadline
	return deadline, !deadline.IsZero()
}

// runCleanup runs the registered cleanups, last first. A cleanup that panics does not
// keep the others from running; with recoverPanic, the panic is recovered and returned.
func (c *common) runCleanup(recoverPanic bool) (panicVal any) {
	c.cleanupStarted = true
	defer func() { c.cleanupStarted = false }()
	if recoverPanic {
		defer func() { panicVal = recover() }()
	}
	defer func() {
		// Reached with cleanups left only when one of them panicked.
		if len(c.cleanups) > 0 {
			c.runCleanup(false)
		}
	}()
	for len(c.cleanups) > 0 {
		last := len(c.cleanups) - 1
		f := c.cleanups[last]
		c.cleanups = c.cleanups[:last]
		f()
	}
	return nil
}

// Parallel pauses the test until its parent's function has returned (and until the
// number of running parallel tests allows it), then lets it go on. With -v it prints
// `=== PAUSE` and `=== CONT`.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isEnvSet {
		panic("testing: t.Parallel called after t.Setenv; cannot set environment variables in parallel tests")
	}
	t.isParallel = true
	t.duration += time.Since(t.start)
	t.parent.sub = append(t.parent.sub, t)
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	delete(runningTests, t.name)
	t.signal <- true
	<-t.resume
	t.context.waitParallel()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	runningTests[t.name] = time.Now()
	t.start = time.Now()
}

// report prints the test's `--- FAIL`, or with -v its `--- PASS` or `--- SKIP`.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	d := fmtDuration(t.duration)
	const format = "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, d)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, d)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, d)
		}
	}
}

// Run runs f as a subtest of t named name, in a goroutine of its own, and waits until it
// has finished or called Parallel. It reports whether f succeeded (a parallel subtest is
// then still running: true).
func (t *T) Run(name string, f func(t *T)) bool {
	if t.cleanupStarted {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub = true
	testName, ok, _ := t.context.match.fullName(&t.common, name)
	if !ok || shouldFailFast() {
		return true
	}
	var pcs [depthLimit]uintptr
	n := runtime.Callers(2, pcs[:])
	sub := &T{
		common: common{
			resume:  make(chan bool),
			signal:  make(chan bool, 1),
			name:    testName,
			parent:  &t.common,
			level:   t.level + 1,
			creator: pcs[:n],
			chatty:  t.chatty,
		},
		context: t.context,
	}
	sub.w = indenter{&sub.common}
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	runningTests[sub.name] = time.Now()
	go tRunner(sub, f)
	if !<-sub.signal {
		// The subtest ended its parent (FailNow on t): end t's goroutine too.
		runtime.Goexit()
	}
	return !sub.failed
}

// testContext is shared by the tests of one run: the name matcher and the count of
// parallel tests running.
type testContext struct {
	match         *matcher
	deadline      time.Time
	startParallel chan bool
	running       int
	numWaiting    int
	maxParallel   int
}

func newTestContext(maxParallel int, m *matcher) *testContext {
	return &testContext{
		match:         m,
		startParallel: make(chan bool),
		maxParallel:   maxParallel,
		running:       1, // the sequential test running now
	}
}

// waitParallel blocks until one more parallel test may run.
func (c *testContext) waitParallel() {
	if c.running < c.maxParallel {
		c.running++
		return
	}
	c.numWaiting++
	<-c.startParallel
}

// release gives the place of a finished parallel test to a waiting one.
func (c *testContext) release() {
	if c.numWaiting == 0 {
		c.running--
		return
	}
	c.numWaiting--
	c.startParallel <- true
}

func shouldFailFast() bool {
	return flagFailFast && numFailed > 0
}

// An M is what a TestMain function receives: its Run runs the tests.
type M struct {
	tests    []InternalTest
	examples []InternalExample
	numRun   int
	exitCode int
}

// RunMain is what `deferjit test` calls: it runs the tests and examples (through
// testMain when the file has a TestMain) and ends the program with the test binary's
// exit status.
func RunMain(tests []InternalTest, examples []InternalExample, testMain func(*M)) {
	initRan = true
	m := &M{tests: tests, examples: examples}
	if testMain == nil {
		os.Exit(m.Run())
	}
	testMain(m)
	os.Exit(m.exitCode)
}

// Run parses the flags (the first time), runs the tests and returns the exit status:
// 0 when all passed, 1 when one failed.
func (m *M) Run() (code int) {
	defer func() { code = m.exitCode }()
	m.numRun++
	if !flagsParsed {
		parseFlags()
	}
	if flagParallel < 1 {
		fmt.Fprintln(os.Stderr, "testing: -parallel can only be given a positive integer")
		m.exitCode = 2
		return
	}
	var deadline time.Time
	var alarm *time.Timer
	if flagTimeout > 0 {
		deadline = time.Now().Add(flagTimeout)
		alarm = time.AfterFunc(flagTimeout, timedOut)
	}
	ran, ok := runTests(m.tests, deadline)
	exampleRan, exampleOk := runExamples(m.examples)
	if alarm != nil {
		alarm.Stop()
	}
	if !ran && !exampleRan && !flagBenchSet {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !ok || !exampleOk {
		// With benchmarks to follow, they are not run: the binary fails here, as Go's.
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return
	}
	m.exitCode = 0
	// With -test.bench, the benchmarks run next (deferjit runs them after this run) and
	// the PASS line follows them.
	if !flagBenchSet {
		fmt.Print("PASS\n")
	}
	return
}

// runTests runs the tests -test.count times, each time under a root test of level 0.
func runTests(tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	for i := uint(0); i < flagCount; i++ {
		if shouldFailFast() {
			break
		}
		if i > 0 && !ran {
			break
		}
		ctx := newTestContext(flagParallel, newMatcher(flagRun, "-test.run", flagSkip))
		ctx.deadline = deadline
		root := &T{
			common: common{
				signal: make(chan bool, 1),
				w:      os.Stdout,
			},
			context: ctx,
		}
		if flagVerbose {
			root.chatty = &chattyPrinter{w: root.w}
		}
		tRunner(root, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		select {
		case <-root.signal:
		default:
			panic("internal error: tRunner exited without sending on t.signal")
		}
		ok = ok && !root.Failed()
		ran = ran || root.ran
	}
	return ran, ok
}

// parseFlags reads the test binary's flags from os.Args, as package flag would: -name,
// --name, -name=value or (not for booleans) -name value; the first argument that is not a
// flag, or "--", ends them. An unknown flag or a bad value ends the run with status 2.
func parseFlags() {
	flagsParsed = true
	flagParallel = runtime.GOMAXPROCS(0)
	args := os.Args[1:]
	for len(args) > 0 {
		s := args[0]
		if len(s) < 2 || s[0] != '-' {
			break
		}
		dashes := 1
		if s[1] == '-' {
			dashes = 2
			if len(s) == 2 {
				break
			}
		}
		name := s[dashes:]
		if len(name) == 0 || name[0] == '-' || name[0] == '=' {
			flagFail("bad flag syntax: " + s)
		}
		args = args[1:]
		value, hasValue := "", false
		if i := strings.IndexByte(name, '='); i >= 0 {
			name, value, hasValue = name[:i], name[i+1:], true
		}
		kind := flagKind(name)
		if kind == 0 {
			flagFail("flag provided but not defined: -" + name)
		}
		if kind == 'b' {
			if !hasValue {
				value = "true"
			}
		} else if !hasValue {
			if len(args) == 0 {
				flagFail("flag needs an argument: -" + name)
			}
			value, args = args[0], args[1:]
		}
		setFlag(name, value)
	}
}

// flagKind tells a flag of the test binary: 'b' for a boolean, 's' for the others, 0 for
// an unknown one.
func flagKind(name string) byte {
	switch name {
	case "test.v", "test.short", "test.failfast", "test.benchmem", "test.paniconexit0":
		return 'b'
	case "test.run", "test.skip", "test.count", "test.bench", "test.parallel", "test.benchtime", "test.timeout":
		return 's'
	}
	return 0
}

func setFlag(name, value string) {
	bad := func(why string) {
		flagFail(fmt.Sprintf("invalid value %q for flag -%s: %s", value, name, why))
	}
	boolean := func() bool {
		b, err := strconv.ParseBool(value)
		if err != nil {
			flagFail(fmt.Sprintf("invalid boolean value %q for -%s: parse error", value, name))
		}
		return b
	}
	switch name {
	case "test.v":
		switch value {
		case "true":
			flagVerbose = true
		case "false":
			flagVerbose = false
		default:
			// -test.v is a boolean flag of its own type in Go: its error says so.
			flagFail(fmt.Sprintf("invalid boolean value %q for -test.v: invalid flag -test.v=%s", value, value))
		}
	case "test.short":
		flagShort = boolean()
	case "test.failfast":
		flagFailFast = boolean()
	case "test.benchmem", "test.paniconexit0":
		boolean()
	case "test.run":
		flagRun = value
	case "test.skip":
		flagSkip = value
	case "test.bench":
		flagBenchSet = value != ""
	case "test.count":
		n, err := strconv.ParseUint(value, 0, strconv.IntSize)
		if err != nil {
			bad(numError(err))
		}
		flagCount = uint(n)
	case "test.parallel":
		n, err := strconv.ParseInt(value, 0, strconv.IntSize)
		if err != nil {
			bad(numError(err))
		}
		flagParallel = int(n)
	case "test.timeout":
		d, err := time.ParseDuration(value)
		if err != nil {
			bad("parse error")
		}
		flagTimeout = d
	}
}

// numError is how package flag words a bad number.
func numError(err error) string {
	var ne *strconv.NumError
	if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
		return "value out of range"
	}
	return "parse error"
}

func flagFail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(2)
}

// matcher filters the names of tests by -test.run and -test.skip, and makes the names of
// subtests unique.
type matcher struct {
	filter   filterMatch
	skip     filterMatch
	subNames map[string]int32 // how many subtests of each full name were made so far
}

// A filterMatch is a -test.run or -test.skip pattern: alternatives (split at top-level
// `|`) of sequences of patterns (split at top-level `/`), one per level of the name.
type filterMatch interface {
	matches(name []string) (ok, partial bool)
	verify(flag string) error
}

// simpleMatch matches a name whose elements match its patterns level by level; partial
// when the name is shorter (its subtests may still match).
type simpleMatch []string

// alternationMatch matches when one of its alternatives matches.
type alternationMatch []filterMatch

func newMatcher(patterns, flag, skips string) *matcher {
	var filter, skip filterMatch
	if patterns == "" {
		filter = simpleMatch{}
	} else {
		filter = splitRegexp(patterns)
		if err := filter.verify(flag); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %s\n", err)
			os.Exit(1)
		}
	}
	if skips == "" {
		skip = alternationMatch{}
	} else {
		skip = splitRegexp(skips)
		if err := skip.verify("-test.skip"); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %v\n", err)
			os.Exit(1)
		}
	}
	return &matcher{filter: filter, skip: skip, subNames: map[string]int32{}}
}

// fullName returns the full name of c's subtest subname (rewritten and made unique), and
// whether it is to run.
func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	ok, partial = m.filter.matches(elem)
	if !ok {
		return name, false, false
	}
	skip, partialSkip := m.skip.matches(elem)
	if skip && !partialSkip {
		return name, false, false
	}
	return name, ok, partial
}

func (m simpleMatch) matches(name []string) (ok, partial bool) {
	for i, s := range name {
		if i >= len(m) {
			break
		}
		if ok, _ := matchString(m[i], s); !ok {
			return false, false
		}
	}
	return true, len(name) < len(m)
}

func (m simpleMatch) verify(flag string) error {
	for i := range m {
		m[i] = rewrite(m[i])
	}
	for i, s := range m {
		if _, err := matchString(s, "non-empty"); err != nil {
			return fmt.Errorf("element %d of %s (%q): %s", i, flag, s, err)
		}
	}
	return nil
}

func (m alternationMatch) matches(name []string) (ok, partial bool) {
	for _, alt := range m {
		if ok, partial = alt.matches(name); ok {
			return ok, partial
		}
	}
	return false, false
}

func (m alternationMatch) verify(flag string) error {
	for i, alt := range m {
		if err := alt.verify(flag); err != nil {
			return fmt.Errorf("alternation %d of %s", i, err)
		}
	}
	return nil
}

// splitRegexp splits a pattern at the `/` and `|` outside brackets and parentheses.
func splitRegexp(s string) filterMatch {
	seq := make(simpleMatch, 0, strings.Count(s, "/"))
	alts := make(alternationMatch, 0, strings.Count(s, "|"))
	brackets, parens := 0, 0
	i := 0
	for i < len(s) {
		switch s[i] {
		case '[':
			brackets++
		case ']':
			brackets--
			if brackets < 0 {
				brackets = 0
			}
		case '(':
			if brackets == 0 {
				parens++
			}
		case ')':
			if brackets == 0 {
				parens--
			}
		case '\\':
			i++
		case '/', '|':
			if brackets == 0 && parens == 0 {
				seq = append(seq, s[:i])
				if s[i] == '|' {
					alts = append(alts, seq)
					seq = make(simpleMatch, 0, len(seq))
				}
				s = s[i+1:]
				i = 0
				continue
			}
		}
		i++
	}
	seq = append(seq, s)
	if len(alts) == 0 {
		return seq
	}
	return append(alts, seq)
}

// The compiled pattern of the last matchString call.
var (
	lastPattern string
	lastRegexp  *regexp.Regexp
)

func matchString(pat, str string) (bool, error) {
	if lastRegexp == nil || pat != lastPattern {
		re, err := regexp.Compile(pat)
		lastPattern = pat
		lastRegexp = re
		if err != nil {
			return false, err
		}
	}
	return lastRegexp.MatchString(str), nil
}

// unique returns parent/subname, with a #NN suffix when that name was made before (or a
// subtest was explicitly named so).
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		if n < 0 {
			panic("subtest count overflow")
		}
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.subNames[prefix] {
				// "x#01" while x already had a second occurrence: not unique.
				continue
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.subNames[name] != 0 {
			// A subtest was explicitly given that name: try the next number.
			continue
		}
		return name
	}
}

// parseSubtestNumber splits s into what precedes a "#NN" suffix that unique could have
// made, and NN; else it returns s, 0.
func parseSubtestNumber(s string) (prefix string, nn int32) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		return s, 0
	}
	if suffix == "00" && !strings.HasSuffix(prefix, "/") {
		return s, 0
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int32(n)
}

// rewrite makes a subtest name printable and without spaces: a space becomes '_', an
// unprintable rune its escape as strconv.QuoteRune writes it.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// isSpace reports the runes that rewrite turns into '_' (not quite unicode.IsSpace).
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// tRunner runs the test function fn of t in the current goroutine, then reports: it
// runs the cleanups, lets the parallel subtests run and waits for them, prints the
// report, and signals the parent. A panic of the test is reported (`--- FAIL` for the
// test and each parent) and goes on, to end the program.
func tRunner(t *T, fn func(t *T)) {
	t.runner = callerName(0)
	defer func() {
		if t.Failed() {
			numFailed++
		}
		err := recover()
		signal := true
		if !t.finished && err == nil {
			// The function neither returned nor called FailNow/SkipNow: Goexit, or a
			// subtest called FailNow on this test's parent.
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					if !t.isParallel {
						t.logf(lineParentFailNow, "%v: subtest may have called FailNow on a parent test", err)
						t.Fail()
						err = nil
					}
					signal = false
					break
				}
			}
		}
		didPanic := false
		defer func() {
			if didPanic {
				return
			}
			if err != nil {
				panic(err)
			}
			delete(runningTests, t.name)
			t.signal <- signal
		}()
		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(true); r != nil {
				t.logf(lineCleanupPanic, "cleanup panicked with %v", r)
			}
			for root := &t.common; root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration))
				if r := root.parent.runCleanup(true); r != nil {
					fmt.Fprintf(root.parent.w, "cleanup panicked with %v", r)
				}
			}
			didPanic = true
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			// Let the parallel subtests run, and wait for them.
			t.context.release()
			delete(runningTests, t.name)
			// Go closes one channel that all of them wait on, and gc's close readies
			// the waiters last first, so that the first runs first (the last readied
			// goes first), then the last, and so on backwards. deferjit's close readies
			// its waiters in the opposite order, so each has a channel of its own,
			// closed in gc's order.
			for i := len(t.sub) - 1; i >= 0; i-- {
				close(t.sub[i].resume)
			}
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := time.Now()
			runningTests[t.name] = cleanupStart
			err := t.runCleanup(true)
			t.duration += time.Since(cleanupStart)
			if err != nil {
				doPanic(err)
			}
			if !t.isParallel {
				t.context.waitParallel()
			}
		} else if t.isParallel {
			t.context.release()
		}
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(false)
		}
	}()
	t.start = time.Now()
	fn(t)
	t.finished = true
}

// InternalExample is an example function and the output its `// Output:` comment wants
// (what `deferjit test` hands to RunMain, as Go's generated test main does).
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// divertStdout makes the runtime keep what the program writes to stdout from now on
// (a runtime entry).
func divertStdout()

// restoreStdout ends the diversion and returns what was written meanwhile (a runtime
// entry).
func restoreStdout() string

// runExamples runs the examples that -test.run selects (and -test.skip does not), once,
// on the calling goroutine.
func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(flagRun, "-test.run", flagSkip)
	for _, eg := range examples {
		if _, matched, _ := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

// runExample runs one example with stdout diverted and judges what it printed.
func runExample(eg InternalExample) (ok bool) {
	if flagVerbose {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	divertStdout()
	start := time.Now()
	finished := false
	defer func() {
		spent := time.Since(start)
		out := restoreStdout()
		err := recover()
		ok = eg.processRunResult(out, spent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

// processRunResult reports an example: PASS (with -v) when it finished and printed what
// it should (lines in any order when unordered, spaces around the whole ignored), FAIL
// with what it got and wanted otherwise; a panic goes on once reported.
func (eg *InternalExample) processRunResult(stdout string, spent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(spent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortedLines(got) != sortedLines(want) && recovered == nil {
			fail = fmt.Sprintf("got (unordered):\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if flagVerbose {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

// sortedLines is the output's lines in sorted order, for unordered output.
func sortedLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// runningTests holds the tests running now and when each started (or went on after
// Parallel), for the report of a timeout.
var runningTests = map[string]time.Time{}

// timedOut ends the run when -test.timeout has passed, as Go's alarm does: a panic on
// the timer's goroutine naming the tests still running, each with how long it has run.
func timedOut() {
	var list []string
	for name, start := range runningTests {
		list = append(list, fmt.Sprintf("%s (%v)", name, time.Since(start).Round(time.Second)))
	}
	sort.Strings(list)
	extra := ""
	if len(list) > 0 {
		extra = "\nrunning tests:"
		for _, l := range list {
			extra += "\n\t" + l
		}
	}
	panic(fmt.Sprintf("test timed out after %v%s", flagTimeout, extra))
}
