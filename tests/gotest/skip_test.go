package main

import (
	"fmt"
	"testing"
)

func TestSkipBasic(t *testing.T) {
	defer fmt.Println("defer after skip")
	t.Skip("not now", 1)
}

func TestSkipf(t *testing.T) {
	t.Skipf("reason %d", 2)
}

func TestSkipNowNoMsg(t *testing.T) {
	t.Log("logged before SkipNow")
	t.SkipNow()
}

func TestSkippedQuery(t *testing.T) {
	t.Run("inner", func(t *testing.T) {
		t.Skip()
	})
	fmt.Println("parent skipped?", t.Skipped())
}

func TestShortSkip(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in short mode")
	}
	t.Log("long test")
}

func TestAllSkippedSubs(t *testing.T) {
	t.Run("a", func(t *testing.T) { t.Skip("a") })
	t.Run("b", func(t *testing.T) { t.Skip("b") })
}
