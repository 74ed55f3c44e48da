package main

import (
	"fmt"
	"testing"
)

func TestSimple(t *testing.T) {
	t.Log("hello from", t.Name())
	t.Logf("formatted %d %q", 42, "x")
}

func TestMultiLine(t *testing.T) {
	t.Log("line one\nline two\nline three")
	t.Logf("trailing newline\n")
	t.Logf("two trailing\n\n")
	t.Log("")
	t.Logf("")
	fmt.Println("stdout from test")
}

func TestFlags(t *testing.T) {
	t.Logf("short=%v verbose=%v testing=%v", testing.Short(), testing.Verbose(), testing.Testing())
	d, ok := t.Deadline()
	t.Logf("deadline zero=%v ok=%v", d.IsZero(), ok)
	if t.Failed() || t.Skipped() {
		t.Error("bad state")
	}
}

func TestNoOutput(t *testing.T) {
}

func TestLogValues(t *testing.T) {
	t.Log(1, 2, "a", "b", 3.5, nil, []int{1, 2})
	var tb testing.TB = t
	tb.Log("through TB", tb.Name())
	tb.Logf("%v", tb.Failed())
}

func TestDeferredLog(t *testing.T) {
	defer t.Log("deferred at return")
	t.Log("body")
}

func TestDeferredLogReturn(t *testing.T) {
	defer t.Log("deferred, explicit return")
	if t.Name() != "" {
		return
	}
	t.Log("not reached")
}

func TestDeferredLogPanic(t *testing.T) {
	defer func() { recover() }()
	defer t.Log("deferred during panic")
	panic("x")
}

func TestLogInGoroutine(t *testing.T) {
	done := make(chan bool)
	go func() {
		t.Log("from another goroutine")
		done <- true
	}()
	<-done
}
