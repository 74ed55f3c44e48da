package main

// args: -test.run=TestParallelTwice
// args: -test.run=TestSetenvAfterParallel
// args: -test.run=TestParallelAfterSetenv
// args: -test.run=TestRunInCleanup
// args: -test.run=TestLateFail
// args: -test.run=TestLateLog
// args: -test.run=TestFailNowOtherGoroutine
// args: -test.run=TestSetenvInvalid
// args: -test.run=TestParallelSubFailsParent
// args: -test.run=TestFatalWithParallelSubs

import (
	"fmt"
	"testing"
)

func TestParallelTwice(t *testing.T) {
	t.Parallel()
	t.Parallel()
}

func TestSetenvAfterParallel(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		t.Parallel()
		t.Setenv("A", "b")
	})
}

func TestParallelAfterSetenv(t *testing.T) {
	t.Setenv("A", "b")
	t.Parallel()
}

func TestRunInCleanup(t *testing.T) {
	t.Cleanup(func() {
		t.Run("x", func(t *testing.T) {})
	})
}

var late = make(chan *testing.T, 1)
var lateDone = make(chan bool)

func TestLateFail(t *testing.T) {
	go func() {
		t := <-late
		defer func() { lateDone <- true }()
		t.Error("too late")
	}()
	late <- t
}

func TestLateFailWaiter(t *testing.T) {
	<-lateDone
	fmt.Println("never printed")
}

func TestLateLog(t *testing.T) {
	var inner *testing.T
	t.Run("sub", func(t *testing.T) {
		inner = t
	})
	inner.Log("logged after sub completed")
	t.Run("sub2", func(t *testing.T) {
		inner.Log("logged while sub2 runs")
	})
}

func TestFailNowOtherGoroutine(t *testing.T) {
	done := make(chan bool)
	go func() {
		defer close(done)
		t.FailNow()
	}()
	<-done
	fmt.Println("test goes on, failed =", t.Failed())
}

func TestSetenvInvalid(t *testing.T) {
	defer fmt.Println("deferred after failed Setenv")
	t.Setenv("", "x")
}

func TestParallelSubFailsParent(t *testing.T) {
	outer := t
	t.Run("par", func(t *testing.T) {
		t.Parallel()
		outer.FailNow()
	})
}

func TestFatalWithParallelSubs(t *testing.T) {
	t.Run("par", func(t *testing.T) {
		t.Parallel()
		t.Log("parallel sub still runs after parent's Fatal")
	})
	t.Fatal("parent fatal")
}
