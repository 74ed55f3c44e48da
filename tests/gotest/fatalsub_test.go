package main

import (
	"fmt"

	"testing"
)

func TestFatalInSub(t *testing.T) {
	t.Run("fatal", func(t *testing.T) {
		defer fmt.Println("sub defer runs")
		t.Fatal("sub fatal")
	})
	fmt.Println("parent continues after failed sub")
	t.Run("after", func(t *testing.T) {
		t.Log("next sub runs")
	})
}

func TestSubFailNowParent(t *testing.T) {
	outer := t
	t.Run("inner", func(t *testing.T) {
		t.Log("before calling outer.FailNow")
		outer.FailNow()
		t.Log("not reached")
	})
	fmt.Println("not reached in parent")
}

func TestAfterParentFailNow(t *testing.T) {
	t.Log("next top-level test runs")
}

func TestSkipInSub(t *testing.T) {
	t.Run("skipped", func(t *testing.T) {
		t.Skip("skip sub")
	})
	t.Run("skipnow", func(t *testing.T) {
		t.SkipNow()
	})
	t.Run("skipf-after-log", func(t *testing.T) {
		t.Log("log before skip")
		t.Skipf("skipf %d", 3)
	})
}

func TestGoexitAfterFinish(t *testing.T) {
	t.Run("sub", func(t *testing.T) {
		t.Log("sub ran")
	})
	t.Log("parent ok")
}

func TestFailedThenSkip(t *testing.T) {
	t.Error("error first")
	t.Skip("then skip")
}

func TestGoexitInSubOfParallel(t *testing.T) {
	defer fmt.Println("defer in parent")
	t.Run("par", func(t *testing.T) {
		t.Parallel()
		t.Log("parallel sub")
	})

}
