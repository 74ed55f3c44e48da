package main

import (
	"fmt"
	"testing"
)

func check(t *testing.T, cond bool, msg string) {
	t.Helper()
	if !cond {
		t.Error(msg)
	}
}

func checkTwice(t *testing.T, msg string) {
	t.Helper()
	check(t, false, msg+" (via checkTwice)")
}

func notHelper(t *testing.T, msg string) {
	t.Log(msg)
}

func helperCallsNonHelper(t *testing.T) {
	t.Helper()
	notHelper(t, "from non-helper called by helper")
}

func assertTB(tb testing.TB, msg string) {
	tb.Helper()
	tb.Log(msg)
}

func TestHelpers(t *testing.T) {
	check(t, true, "never")
	check(t, false, "direct helper")
	checkTwice(t, "nested")
	helperCallsNonHelper(t)
	assertTB(t, "through TB")
	func() {
		t.Helper()
		t.Log("from helper closure")
	}()
}

func TestHelperInSubtest(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		check(t, false, "helper in subtest")
	})
	t.Run("helper-func", func(t *testing.T) {
		t.Helper()
		t.Log("subtest function itself is a helper")
	})
	t.Run("deep", func(t *testing.T) {
		t.Run("deeper", func(t *testing.T) {
			t.Helper()
			t.Log("both levels")
		})
	})
}

func runHelper(t *testing.T, name string) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		t.Helper()
		t.Error("reported at the caller of runHelper")
	})
}

func TestRunFromHelper(t *testing.T) {
	runHelper(t, "a")
}

func TestHelperOnlyOnce(t *testing.T) {
	for i := 0; i < 2; i++ {
		check(t, false, "loop")
	}
}

type checker struct{ t *testing.T }

func (c checker) eq(a, b int) {
	c.t.Helper()
	if a != b {
		c.t.Errorf("%d != %d", a, b)
	}
}

func TestMethodHelper(t *testing.T) {
	c := checker{t}
	c.eq(1, 1)
	c.eq(1, 2)
}

func TestMethodValue(t *testing.T) {
	logf := t.Logf
	logf("through a method value %d", 1)
	errorf := t.Errorf
	errorf("error through a method value")
	var tb testing.TB = t
	tbLog := tb.Log
	tbLog("through an interface method value")
}

func TestHelperNotCalledFromTest(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		helperWithParent(t)
	})
}

func helperWithParent(t *testing.T) {
	t.Helper()
	func() {
		t.Helper()
		t.Log("two helper levels")
	}()
}

func TestHelperInDeferred(t *testing.T) {
	defer func() {
		t.Helper()
		t.Log("deferred helper")
	}()
	fmt.Println("body")
}

func TestHelperInCleanup(t *testing.T) {
	registerHelperCleanup(t)
}

func registerHelperCleanup(t *testing.T) {
	t.Helper()
	t.Cleanup(func() {
		t.Helper()
		t.Error("cleanup via helper fails")
	})
}

func TestOnlyHelpers(t *testing.T) {
	t.Helper()
	t.Log("test function itself is a helper")
}
