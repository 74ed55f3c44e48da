package main

// args: -test.run=^TestPanicNested$
// args: -test.run=^TestPanicTop$
// args: -test.run=^TestPanicNil$
// args: -test.run=^TestGoexit$
// args: -test.run=^TestCleanupPanics$
// args: -test.run=^TestPanicWithParallelSub$
// args: -test.run=^TestPanicCleanupPanics$
// args: -test.run=^TestIndexPanic$
// args: -test.run=^TestNilDeref$
// args: -test.run=^TestCustomErrorPanic$

import (
	"errors"
	"fmt"
	"runtime"
	"testing"
)

func TestOK(t *testing.T) {
	t.Log("ok before panic")
}

func TestPanicNested(t *testing.T) {
	t.Cleanup(func() { fmt.Println("top cleanup runs") })
	t.Run("level1", func(t *testing.T) {
		t.Cleanup(func() { fmt.Println("level1 cleanup runs") })
		t.Log("level1 log")
		t.Run("level2", func(t *testing.T) {
			t.Cleanup(func() { fmt.Println("level2 cleanup runs") })
			defer fmt.Println("level2 defer runs")
			t.Log("level2 log")
			panic("boom")
		})
	})
}

func TestNeverRuns(t *testing.T) {
	t.Log("never")
}

func TestPanicTop(t *testing.T) {
	t.Log("about to panic")
	panic(errors.New("an error value"))
}

func TestPanicNil(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		panic(nil)
	})
}

func TestGoexit(t *testing.T) {
	defer fmt.Println("deferred before Goexit")
	t.Log("calling Goexit")
	runtime.Goexit()
}

func TestCleanupPanics(t *testing.T) {
	t.Cleanup(func() { fmt.Println("first registered cleanup still runs") })
	t.Cleanup(func() { panic("cleanup boom") })
	t.Log("body")
}

func TestPanicWithParallelSub(t *testing.T) {
	t.Cleanup(func() { fmt.Println("second cleanup runs") })
	t.Cleanup(func() { panic("cleanup boom") })
	t.Run("par", func(t *testing.T) {
		t.Parallel()
		t.Log("never resumed")
	})
	t.Run("seq", func(t *testing.T) {
		t.Cleanup(func() { panic("seq cleanup boom") })
		t.Log("seq body")
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
			panic(fmt.Sprint("re-", r))
		}()
		panic("seq panics")
	})
}

func TestPanicCleanupPanics(t *testing.T) {
	t.Cleanup(func() { panic("cleanup boom") })
	t.Run("par", func(t *testing.T) {
		t.Parallel()
	})
	t.Log("body log")
	panic("body boom")
}

func TestIndexPanic(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		s := []int{1, 2, 3}
		i := 5
		t.Log(s[i])
	})
}

type node struct{ next *node }

func TestNilDeref(t *testing.T) {
	var n *node
	t.Log(n.next)
}

func TestCustomErrorPanic(t *testing.T) {
	panic(fmt.Errorf("wrapped: %w", errors.New("inner")))
}
