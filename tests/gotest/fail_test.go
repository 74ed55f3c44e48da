package main

import (
	"fmt"
	"testing"
)

func TestPassFirst(t *testing.T) {
	t.Log("passing test log")
}

func TestError(t *testing.T) {
	t.Error("first error")
	t.Errorf("second error %d", 2)
	t.Log("after errors, failed =", t.Failed())
}

func TestFatal(t *testing.T) {
	defer fmt.Println("deferred in TestFatal runs")
	defer t.Log("deferred log")
	t.Fatal("fatal here\nwith two lines")
	t.Log("not reached")
}

func TestFatalf(t *testing.T) {
	t.Fatalf("fatalf %s", "msg")
}

func TestFail(t *testing.T) {
	t.Fail()
	t.Log("failed:", t.Failed())
}

func TestFailNow(t *testing.T) {
	defer func() {
		fmt.Println("recover in FailNow test:", recover())
	}()
	t.FailNow()
}

func TestAfterFailures(t *testing.T) {
	t.Log("still runs")
}

func TestOutputThenFail(t *testing.T) {
	fmt.Println("printed to stdout")
	t.Log("a log")
	fmt.Println("printed again")
	t.Error("an error")
}
